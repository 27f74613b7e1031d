/**
 * Noticing a deployment from the wall, and coming back to the same scene after the reload.
 *
 * How a deployment is noticed: the wall fetches the app's index.html now and then and compares
 * its module scripts with the ones this page was loaded with. Their names carry the content hash
 * of the build (`/assets/index-Ds1Fq0q2.js`), and a change anywhere in the app changes the
 * entry's hash (it names every chunk it imports). This was chosen over a `version.json` written
 * at build time because it needs nothing added to the build or kept in sync with it, works on
 * any static host, and asks exactly the question that matters: would a reload give this screen
 * another app? In development both are `/src/app/main.tsx`, so nothing ever differs there.
 */

/** The `src` of every `<script type="module" src=…>` of an HTML document, in order. */
export function moduleScriptsOf(html: string): string[] {
  const sources: string[] = []
  for (const [, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/\btype\s*=\s*["']?module["'\s>]/i.test(`${attributes} `)) continue
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes)
    const value = src?.[1] ?? src?.[2] ?? src?.[3]
    if (value) sources.push(value)
  }
  return sources
}

/**
 * Whether the index.html just fetched belongs to another build than the page's scripts. Only a
 * page that has module scripts of its own, and an answer that has some too, can tell: an error
 * page from a proxy (no scripts) must not look like a deployment, or the wall would reload onto it.
 */
export function isNewDeployment(loaded: readonly string[], fetched: readonly string[]): boolean {
  if (loaded.length === 0 || fetched.length === 0) return false
  return loaded.join('\n') !== fetched.join('\n')
}

/** The build's tag from its entry script's name (`index-Ds1Fq0q2.js` → `Ds1Fq0q2`), if any. */
export function buildTagOf(scripts: readonly string[]): string | undefined {
  const entry = scripts.at(-1)
  return entry === undefined ? undefined : /-([A-Za-z0-9_]{6,})\.js$/.exec(entry)?.[1]
}

/** A reload for a deployment happens at most this often: a reload that does not help must not loop. */
export const reloadAtMostEveryMs = 10 * 60_000

export function mayReloadForDeployment(lastReloadAt: number | undefined, now: number): boolean {
  if (lastReloadAt === undefined) return true
  // A clock set back since then cannot prove the reload was recent.
  return now < lastReloadAt || now - lastReloadAt >= reloadAtMostEveryMs
}

/** What the wall remembers across the reload: the scene to come back to. */
export interface ResumePoint {
  /** The `scenes` of the link, so that another configuration does not inherit an index. */
  readonly scenes: string
  readonly index: number
  readonly savedAt: number
}

/** Past this age a remembered scene is not a reload's any more (e.g. the tab was restored later). */
const resumeWithinMs = 2 * 60_000

/** The scene index to start at, from what was remembered before a reload; 0 otherwise. */
export function resumeIndex(stored: string | null, scenes: string, count: number, now: number): number {
  if (stored === null) return 0
  try {
    const point = JSON.parse(stored) as Partial<ResumePoint>
    const { index, savedAt } = point
    if (point.scenes !== scenes || typeof index !== 'number' || typeof savedAt !== 'number') return 0
    if (!Number.isInteger(index) || index < 0 || index >= count) return 0
    return Math.abs(now - savedAt) <= resumeWithinMs ? index : 0
  } catch {
    return 0
  }
}
