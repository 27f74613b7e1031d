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

export function isChunkLoadError(error: unknown): boolean {
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

/** Reloads the page unless it was already reloaded for a stale chunk moments ago. */
export function reloadOnceForStaleChunk(env: ReloadEnvironment = browserEnvironment()): boolean {
  const last = Number(env.storage.getItem(reloadMarkerKey))
  const now = env.now()
  if (Number.isFinite(last) && last > 0 && now - last < loopWindowMs) return false
  env.storage.setItem(reloadMarkerKey, String(now))
  env.reload()
  return true
}

/**
 * TanStack Router's lazy route components also reload once by themselves when a module is
 * missing, remembering that under this sessionStorage key (lazyRouteComponent). Without
 * setting it when we reload, the fresh page would reload a second time.
 */
const routerReloadKey = (error: unknown) =>
  error instanceof Error ? `tanstack_router_reload:${error.message}` : undefined

/** Vite reports failed preloads (JS or CSS) through this event before the import rejects. */
export function installStaleChunkRecovery(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const routerKey = routerReloadKey(event.payload)
    // The error is not prevented: the import still rejects with the real cause, and the
    // route shows its error page for the moment the reload takes. (Preventing it would make
    // the import resolve to undefined and fail later with a misleading TypeError.)
    if (reloadOnceForStaleChunk() && routerKey) sessionStorage.setItem(routerKey, '1')
  })
}
