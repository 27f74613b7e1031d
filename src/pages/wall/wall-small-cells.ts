import type { components } from '@/shared/api/schema.gen'

type Hotspot = components['schemas']['Hotspot']
type Business = components['schemas']['AlertSummary']['businesses'][number]

/**
 * The wall's small-cell rule, again in the client (defence in depth: the API already applies
 * it for the `wall` role): a row or a business name built from fewer than 3 items is not shown,
 * whoever is signed in and whatever the server sent.
 */
export const wallMinItems = 3

/** The hotspots the wall may show, in the API's order, at most `max`. */
export function wallHotspots(items: readonly Hotspot[], max: number): Hotspot[] {
  return items.filter((item) => item.count >= wallMinItems).slice(0, max)
}

/** The business names of an alert the wall may show: those named by 3 items or more. */
export function wallBusinesses(businesses: readonly Business[], max: number): Business[] {
  return businesses.filter((business) => business.count >= wallMinItems).slice(0, max)
}
