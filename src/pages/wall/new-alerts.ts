/** What the new-alert diff needs of an answer: each alert's id and when it was raised. */
export interface AlertsAnswer {
  readonly items: readonly { readonly id: string; readonly raisedAt: string }[]
}

/**
 * The alerts of `current` that are new since `previous`: not in it, and raised no earlier than
 * its newest alert. The second condition keeps an older alert that only moved up into the page
 * (a newer one was cleared) from passing for a new one. Nothing is new on the first answer:
 * what the wall finds when it starts is not news.
 */
export function newAlertIds(previous: AlertsAnswer | undefined, current: AlertsAnswer): string[] {
  if (previous === undefined) return []
  const known = new Set(previous.items.map((alert) => alert.id))
  const newest = Math.max(-Infinity, ...previous.items.map((alert) => Date.parse(alert.raisedAt)))
  return current.items
    .filter((alert) => !known.has(alert.id) && Date.parse(alert.raisedAt) >= newest)
    .map((alert) => alert.id)
}

/** How long a new alert stays highlighted. */
export const newAlertHoldMs = 10 * 60_000

/** The highlighted alerts at `now`: id → when the wall first saw it; older ones dropped. */
export function stillFresh(
  fresh: ReadonlyMap<string, number>,
  now: number,
  holdMs = newAlertHoldMs,
): Map<string, number> {
  return new Map([...fresh].filter(([, seenAt]) => now - seenAt < holdMs))
}
