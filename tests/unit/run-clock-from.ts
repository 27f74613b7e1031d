import { onTestFinished, vi } from 'vitest'

/**
 * Sets the one clock the app and the mock API both read (`Date`) to `asOf` for this test, and
 * lets it run on from there. For expectations that hold only at some hours or on some days
 * (an open generated supervision, the day's 08:30 yellow cards), so that the test passes
 * whenever it runs. Timers stay real: only the date moves.
 */
export function runClockFrom(asOf: string): void {
  moveDateTo(asOf)
  onTestFinished(() => {
    vi.useRealTimers()
  })
}

/** `Date` starts at `asOf` and runs on, by the millisecond; timers stay real. */
export function moveDateTo(asOf: string): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, advanceTimeDelta: 1, now: Date.parse(asOf) })
}
