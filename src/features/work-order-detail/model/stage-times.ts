import type { StageCode, WorkOrderDetail } from './work-order-detail'

export interface StageTime {
  code: StageCode
  /** Time spent in the stage (so far, while `running`); `null` for the receipt and unstarted stages. */
  durationMs: number | null
  /** The first stage not done at `asOf`: its time counts up to `asOf`. */
  running: boolean
}

export interface SlowestStage {
  code: StageCode
  durationMs: number
  /** Of the time all stages took so far, 0..1. */
  share: number
}

/**
 * How long each stage took. A stage starts when the latest earlier stage was done (or at receipt)
 * and ends when it is done; the first stage not done runs until `asOf`, later ones have not
 * started. The latest earlier completion is taken only among those before the stage's own end:
 * after closure the reply and the follow-up call run side by side, and the call may come first.
 */
export function stageTimes(detail: Pick<WorkOrderDetail, 'stages' | 'receivedAt' | 'asOf'>): StageTime[] {
  const receivedMs = Date.parse(detail.receivedAt)
  const asOfMs = Date.parse(detail.asOf)
  const doneBefore: number[] = []
  let runningSeen = false
  return detail.stages.map((stage, index) => {
    const completedMs = stage.completedAt === null ? null : Date.parse(stage.completedAt)
    const running = completedMs === null && !runningSeen
    if (running) runningSeen = true
    const endMs = completedMs ?? (running ? asOfMs : null)
    let durationMs: number | null = null
    // The first stage is the receipt itself: an instant, not a span.
    if (index > 0 && endMs !== null) {
      const startMs = Math.max(receivedMs, ...doneBefore.filter((ms) => ms <= endMs))
      durationMs = Math.max(0, endMs - startMs)
    }
    if (completedMs !== null) doneBefore.push(completedMs)
    return { code: stage.code, durationMs, running }
  })
}

/** The stage that took (or is taking) the most time, with its share; `null` when none took any. */
export function slowestStage(times: readonly StageTime[]): SlowestStage | null {
  let total = 0
  let slowest: StageTime | null = null
  for (const time of times) {
    if (time.durationMs === null) continue
    total += time.durationMs
    if (slowest?.durationMs == null || time.durationMs > slowest.durationMs) slowest = time
  }
  if (slowest?.durationMs == null || total <= 0 || slowest.durationMs <= 0) return null
  return { code: slowest.code, durationMs: slowest.durationMs, share: slowest.durationMs / total }
}
