import type { SearchSchemaInput } from '@tanstack/react-router'

/** The wall's scenes, in their default order (issue 7). */
export const wallScenes = ['headline', 'trends', 'rankings', 'alerts', 'ticker'] as const
export type WallScene = (typeof wallScenes)[number]

/** The rotation interval's bounds, in seconds: shorter cannot be read, longer looks frozen. */
export const wallIntervalBounds = { min: 5, max: 300 } as const

/**
 * What a link to the wall may carry, all optional:
 * `/wall?scenes=headline,ticker&interval=20&chime=on&quiet=22:00-07:00`.
 */
export type WallSearchInput = {
  scenes?: unknown
  interval?: unknown
  chime?: unknown
  quiet?: unknown
} & SearchSchemaInput

/**
 * The wall's configuration from its link alone. Scenes stay a comma-separated string, the form
 * people type, because the router writes the validated search back into the address bar (an
 * array would come back as JSON there).
 */
export interface WallSearch {
  /** Known scenes, comma-separated, in the order given; undefined for all of them. */
  scenes: string | undefined
  /** Seconds per scene, or undefined for the wall-rotation preference. */
  interval: number | undefined
  /** `on`: a chime sounds for a new alert; undefined (the default): silent. */
  chime: 'on' | undefined
  /** When the chime keeps silent, `HH:MM-HH:MM` China time (may span midnight; quiet-hours.ts). */
  quiet: string | undefined
}

// The form quiet-hours.ts reads; kept here as a pattern only, so that the route tree (first
// load) carries no more of the chime than this line. A test checks that the two agree.
const quietPattern = /^([01]?\d|2[0-3]):[0-5]\d-([01]?\d|2[0-3]):[0-5]\d$/

function isScene(name: string): name is WallScene {
  return (wallScenes as readonly string[]).includes(name)
}

/**
 * Parses the wall's search params. Scenes: a comma-separated list (or an array), in the order
 * given, unknown names and repeats dropped. Interval: seconds, rounded and clamped to the bounds.
 * Chime: `on` or nothing. Quiet: a range `HH:MM-HH:MM`; anything else is dropped.
 * The page imports only this module's types: its code stays in the route tree alone, not in a
 * chunk shared with the page (the first load has no room for one).
 *
 * Unknown names are dropped, so the string holds only known scenes.
 */
export function parseWallSearch(search: WallSearchInput): WallSearch {
  const raw = search.scenes
  const names: unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : []
  const scenes: WallScene[] = []
  for (const name of names) {
    const scene = typeof name === 'string' ? name.trim().toLowerCase() : ''
    if (isScene(scene) && !scenes.includes(scene)) scenes.push(scene)
  }
  const value = search.interval
  const seconds =
    typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN
  const quiet = typeof search.quiet === 'string' ? search.quiet.trim() : ''
  return {
    scenes: scenes.length > 0 ? scenes.join(',') : undefined,
    interval: Number.isFinite(seconds)
      ? Math.min(wallIntervalBounds.max, Math.max(wallIntervalBounds.min, Math.round(seconds)))
      : undefined,
    // A value the wall does not know is ignored, as an unknown scene is: the room keeps its screen.
    chime: search.chime === 'on' || search.chime === true ? 'on' : undefined,
    quiet: quietPattern.test(quiet) ? quiet : undefined,
  }
}
