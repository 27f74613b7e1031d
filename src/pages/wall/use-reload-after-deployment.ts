import { useEffect, useRef } from 'react'
import { fetchIndexPage, page, serverAnswers } from '@/shared/ui/code-loading/page-reload'
import { isNewDeployment, mayReloadForDeployment, moduleScriptsOf, resumeIndex } from './deployment'

/** How often the wall asks whether the app was deployed anew: cheap, but a wall has no hurry. */
export const deploymentPollMs = 5 * 60_000

const resumeKey = 'duban.wallResume'
const reloadedAtKey = 'duban.wallDeploymentReloadAt'

/** The module scripts this page was loaded with (none in tests: there is nothing to compare). */
export function loadedModuleScripts(): string[] {
  return [...document.querySelectorAll('script[type="module"][src]')].map(
    (script) => script.getAttribute('src') ?? '',
  )
}

function readNumber(key: string): number | undefined {
  const value = Number(sessionStorage.getItem(key) ?? Number.NaN)
  return Number.isFinite(value) ? value : undefined
}

/**
 * The scene to start at: the one on screen before a reload for a deployment (remembered in
 * sessionStorage, which survives the reload of a tab and nothing else), once; 0 otherwise.
 */
export function takeResumeIndex(scenes: string, count: number): number {
  try {
    const index = resumeIndex(sessionStorage.getItem(resumeKey), scenes, count, Date.now())
    sessionStorage.removeItem(resumeKey)
    return index
  } catch {
    // Storage blocked: start from the first scene.
    return 0
  }
}

/**
 * Reloads the wall after a deployment, at a quiet moment: when the rotation starts the next
 * scene (not while a scene animates or someone paused it to look), coming back to that same scene.
 * A deployment shows as a new index.html (polled every few minutes, see deployment.ts) or as a
 * chunk that failed to preload (Vite's `vite:preloadError`).
 */
export function useReloadAfterDeployment({
  scenes,
  index,
  cycle,
  paused,
}: {
  /** The link's `scenes` value (or '' for the default set). */
  scenes: string
  index: number
  /** Changes at each scene start. */
  cycle: number
  paused: boolean
}): void {
  const pending = useRef(false)

  useEffect(() => {
    const onPreloadError = () => {
      pending.current = true
    }
    window.addEventListener('vite:preloadError', onPreloadError)
    const loaded = loadedModuleScripts()
    let stopped = false
    const check = async () => {
      try {
        const response = await fetchIndexPage()
        if (!response.ok) return
        const fetched = moduleScriptsOf(await response.text())
        if (!stopped && isNewDeployment(loaded, fetched)) pending.current = true
      } catch {
        // Offline or the server is down: the next poll asks again.
      }
    }
    const timer = loaded.length > 0 ? setInterval(() => void check(), deploymentPollMs) : undefined
    return () => {
      stopped = true
      clearInterval(timer)
      window.removeEventListener('vite:preloadError', onPreloadError)
    }
  }, [])

  const firstCycle = useRef(cycle)
  useEffect(() => {
    if (!pending.current || paused || cycle === firstCycle.current) return
    let current = true
    // A chunk that failed for want of a network (not a deployment) sets `pending` too: reloading
    // then would put the browser's error page on the wall in place of its last figures.
    void serverAnswers().then((answers) => {
      if (!answers || !current) return
      const now = Date.now()
      try {
        if (!mayReloadForDeployment(readNumber(reloadedAtKey), now)) return
        sessionStorage.setItem(reloadedAtKey, String(now))
        sessionStorage.setItem(resumeKey, JSON.stringify({ scenes, index, savedAt: now }))
      } catch {
        // Without storage there is no loop guard: better an old build than reloading for ever.
        return
      }
      page.reload()
    })
    return () => {
      current = false
    }
    // Only a new scene is a quiet moment: index and scenes change with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cycle])
}
