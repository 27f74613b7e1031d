import type { SearchSchemaInput } from '@tanstack/react-router'

/** The wall's scenes, in their default order (issue 7). */
export const wallScenes = ['headline', 'trends', 'rankings', 'ticker'] as const
export type WallScene = (typeof wallScenes)[number]

/** The rotation interval's bounds, in seconds: shorter cannot be read, longer looks frozen. */
export const wallIntervalBounds = { min: 5, max: 300 } as const

/** What a link to the wall may carry: `/wall?scenes=headline,ticker&interval=20`, both optional. */
export type WallSearchInput = { scenes?: unknown; interval?: unknown } & SearchSchemaInput

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
}

function isScene(name: string): name is WallScene {
  return (wallScenes as readonly string[]).includes(name)
}

/**
 * Parses the wall's search params. Scenes: a comma-separated list (or an array), in the order
 * given, unknown names and repeats dropped. Interval: seconds, rounded and clamped to the bounds.
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
  return {
    scenes: scenes.length > 0 ? scenes.join(',') : undefined,
    interval: Number.isFinite(seconds)
      ? Math.min(wallIntervalBounds.max, Math.max(wallIntervalBounds.min, Math.round(seconds)))
      : undefined,
  }
}
