/**
 * After a redeploy, an open tab still references chunk files that no longer exist. Loading
 * the new index.html fixes that, but a reload must happen at most once per incident: if the
 * fresh page fails too, the problem is elsewhere and reloading again would loop forever.
 */
const reloadMarkerKey = 'duban.staleChunkReloadAt'
/** A second failure within this window means the reload did not help. */
const loopWindowMs = 60_000

const chunkErrorPatterns = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
  /Unable to preload CSS/i,
  /Loading (CSS )?chunk [\w-]+ failed/i,
]

export function isChunkLoadError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false
  return error.name === 'ChunkLoadError' || chunkErrorPatterns.some((re) => re.test(error.message))
}

interface ReloadEnvironment {
  storage: Pick<Storage, 'getItem' | 'setItem'>
  now: () => number
  reload: () => void
}

const browserEnvironment = (): ReloadEnvironment => ({
  storage: sessionStorage,
  now: () => Date.now(),
  reload: () => window.location.reload(),
})

/**
 * TanStack Router's lazy route components reload the page once by themselves when a route's
 * module fails to load, remembering that under this sessionStorage key, even when the network
 * is down: the reload then replaced the app with the browser's error page.
 */
const routerReloadKey = (error: Error) => `tanstack_router_reload:${error.message}`

/**
 * Leaves every reload for code that failed to load to the app (chunk-error-page.tsx), which
 * reloads only once the server answers: a chunk's failure is marked as already reloaded for
 * the router before the router sees it. Vite reports each failed chunk (`vite:preloadError`,
 * its `payload` the error the import rejects with) before the import rejects.
 */
export function leaveChunkReloadsToTheApp(target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener('vite:preloadError', (event) => {
    const error = (event as Event & { payload?: unknown }).payload
    if (!(error instanceof Error)) return
    try {
      sessionStorage.setItem(routerReloadKey(error), '1')
    } catch {
      // Storage blocked: the router may reload once by itself, as it did before.
    }
  })
}

/**
 * Reloads the page for a stale chunk unless a reload for it already happened moments ago (a
 * deployment that is still broken must not reload for ever). Called only when a route actually
 * fails to render, and only once its server answers; never for a failed preload: hovering a
 * link must not reload the page.
 */
export function reloadOnceForStaleChunk(
  error: Error,
  env: ReloadEnvironment = browserEnvironment(),
): boolean {
  const now = env.now()
  const last = Number(env.storage.getItem(reloadMarkerKey))
  const reloadedRecently = Number.isFinite(last) && last > 0 && now - last < loopWindowMs
  if (reloadedRecently) return false
  env.storage.setItem(reloadMarkerKey, String(now))
  env.storage.setItem(routerReloadKey(error), '1')
  env.reload()
  return true
}
