/** The wall's scenes, in their default order. Slice 1 has these two; more follow (issue 7). */
export const wallScenes = ['headline', 'ticker'] as const
export type WallScene = (typeof wallScenes)[number]

/** The rotation interval's bounds, in seconds: shorter cannot be read, longer looks frozen. */
export const wallIntervalBounds = { min: 5, max: 300 } as const

/**
 * The wall's configuration from its link alone (`/wall?scenes=headline,ticker&interval=20`):
 * absent when missing or unusable, so the page applies its defaults.
 */
export interface WallSearch {
  scenes?: WallScene[] | undefined
  interval?: number | undefined
}

function isScene(name: string): name is WallScene {
  return (wallScenes as readonly string[]).includes(name)
}

/**
 * Parses the wall's search params. Scenes: a comma-separated list (or an array), in the order
 * given, unknown names and repeats dropped. Interval: seconds, rounded and clamped to the bounds.
 */
export function parseWallSearch(search: Record<string, unknown>): WallSearch {
  const raw = search.scenes
  const names = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : []
  const scenes: WallScene[] = []
  for (const name of names) {
    const scene = typeof name === 'string' ? name.trim().toLowerCase() : ''
    if (isScene(scene) && !scenes.includes(scene)) scenes.push(scene)
  }
  const value = search.interval
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN
  return {
    scenes: scenes.length > 0 ? scenes : undefined,
    interval:
      Number.isFinite(seconds) && (typeof value === 'number' || value !== '')
        ? clampInterval(seconds)
        : undefined,
  }
}

/** Seconds as a usable rotation interval: whole seconds within the bounds. */
export function clampInterval(seconds: number): number {
  return Math.min(wallIntervalBounds.max, Math.max(wallIntervalBounds.min, Math.round(seconds)))
}
