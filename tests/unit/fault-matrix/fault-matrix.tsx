import type { QueryClient } from '@tanstack/react-query'
import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import type { Fault } from '@mocks/api/faults'
import { faults } from '@mocks/handlers'
import { createQueryClient } from '@/app/query-client'
import { renderApp, signInAs } from '../render-app'

/**
 * Every fault the API can have, on one page, as component tests with fake timers: the page is
 * rendered once with the app's own QueryClient (its retries and back-off), then each fault is
 * injected on every GET the page makes, time is moved on by the fake clock instead of waited
 * for, and the page is checked as a user would see it:
 * - a refresh that fails keeps the last good data on screen, marked stale, and the page recovers
 *   by itself once the API does, without a reload;
 * - a first load that fails shows an error with a way to retry, never an endless spinner;
 * - a slow API keeps what is on screen (or a skeleton) until its answer comes;
 * - a clock jump (the machine slept an hour) refreshes, no error;
 * - offline: a notice with the time, the data kept, nothing asked until the network returns,
 *   and a refresh at once when it does.
 * Everywhere: no console error, at most one request in flight per URL, and nothing asked of a
 * server that answered 429 or 503 with Retry-After before that time has passed.
 */

export interface FaultMatrixPage {
  /** The page as a user names it, for test titles. */
  name: string
  /** The page's address, or how to find it once signed in (e.g. the id of an item to open). */
  url: string | (() => Promise<string>)
  signedInAs?: 'director' | 'staff' | 'wall'
  /**
   * Throws unless the page shows its data; returns a text from that data, which a failing
   * refresh must leave on screen.
   */
  shown: () => string
  /** Whether the page marks what it shows as stale (a failed or overdue refresh). */
  isStale: () => boolean
  /** Whether the page tells of a failed first load with a way to retry (a button, or "retrying"). */
  firstLoadFailed: () => boolean
  /** How long the page may take to notice a failed refresh and to recover (its polling, back-off). */
  patienceMs?: number
  /** What makes an unpolled page fetch again, done at every step of the clock (a refocus). */
  nudge?: () => void
}

/** A failure injected on every GET: the kinds of mocks/api/faults.ts that fail a request. */
const failures: readonly (readonly [string, Fault])[] = [
  ['network', { kind: 'network' }],
  ['500', { kind: '500' }],
  ['502', { kind: '502' }],
  ['503 with Retry-After', { kind: '503', retryAfterSeconds: 30 }],
  ['429 with Retry-After', { kind: '429', retryAfterSeconds: 30 }],
  ['hang', { kind: 'hang' }],
  ['truncated JSON', { kind: 'truncated' }],
  ['wrong shape', { kind: 'wrong-shape' }],
  ['empty body', { kind: 'empty' }],
]

/** The failures grouped by how the page recovers from them (see the refresh test). */
const recoveryGroups = [
  failures.filter(([, fault]) => !['503', '429', 'hang'].includes(fault.kind)),
  ...failures.filter(([, fault]) => ['503', '429', 'hang'].includes(fault.kind)).map((failure) => [failure]),
]

const slowMs = 5_000
const stepMs = 10_000
const retryAfterMs = 30_000

interface Exchange {
  key: string
  startedAt: number
  endedAt?: number
  status?: number
}

/** Every request the app sends, with when it started and ended, read off `fetch`. */
function recordExchanges(): Exchange[] {
  const log: Exchange[] = []
  const realFetch = globalThis.fetch
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
    const entry: Exchange = { key: `${method} ${url}`, startedAt: Date.now() }
    log.push(entry)
    const response = realFetch(input, init)
    response.then(
      (answer) => {
        entry.endedAt = Date.now()
        entry.status = answer.status
      },
      () => {
        entry.endedAt = Date.now()
      },
    )
    return response
  })
  return log
}

/** Requests that started while another to the same URL was still on its way. */
function overlapping(log: readonly Exchange[]): string[] {
  return log
    .filter((entry, index) =>
      log
        .slice(0, index)
        .some(
          (earlier) =>
            earlier.key === entry.key && (earlier.endedAt === undefined || earlier.endedAt > entry.startedAt),
        ),
    )
    .map((entry) => entry.key)
}

/** Requests sent while an earlier answer's Retry-After (429/503, 30 s here) was still running. */
function sentDuringRetryAfter(log: readonly Exchange[]): string[] {
  const holds = log
    .filter((entry) => (entry.status === 429 || entry.status === 503) && entry.endedAt !== undefined)
    .map((entry) => [entry.endedAt!, entry.endedAt! + retryAfterMs] as const)
  return log
    .filter((entry) => holds.some(([from, until]) => entry.startedAt > from && entry.startedAt < until))
    .map((entry) => `${entry.key} at +${entry.startedAt - holds[0]![0]} ms`)
}

/** Turns given to what is in flight after each move of the clock (1 ms of fake time each). */
const settleTurns = 10

/**
 * Moves the fake clock on by `ms`, then lets what that set off land before the page is looked at.
 * A timer callback that schedules a zero-delay timer gets it 1 ms later (fake timers), and MSW
 * answers through real I/O, off the fake clock: a query that failed at the end of a move told the
 * page so only at the next move, after the next nudge had already started it again, so the page
 * never showed the failure (a flaky check, as real time moved the clock on too).
 */
async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
    for (let turn = 0; turn < settleTurns; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve))
      await vi.advanceTimersByTimeAsync(1)
    }
  })
}

/**
 * Moves the fake clock on in steps until `check` passes, for at most `withinMs`, calling `nudge`
 * (if any) before each step.
 */
async function eventuallyNudging<T>(check: () => T, withinMs: number, nudge?: () => void): Promise<T> {
  for (let waited = 0; ; waited += stepMs) {
    try {
      return check()
    } catch (error) {
      if (waited >= withinMs) throw error
    }
    if (nudge) act(nudge)
    await advance(stepMs)
  }
}

/** Runs `body`, naming `fault` in whatever it throws. */
async function during(fault: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    if (error instanceof Error) error.message = `[${fault}] ${error.message}`
    throw error
  }
}

function setOnline(online: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online)
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

const pageHeading = () => screen.getByRole('heading', { level: 1 })
const offlineNotice = /网络已断开（自 \d\d:\d\d(:\d\d)?）/

export function describeFaultMatrix(page: FaultMatrixPage): void {
  const patienceMs = page.patienceMs ?? 4 * 60_000

  describe(`${page.name}: every fault of the API`, () => {
    const eventually = <T,>(check: () => T, withinMs: number) =>
      eventuallyNudging(check, withinMs, page.nudge)
    let consoleErrors: MockInstance<typeof console.error>
    let log: Exchange[]
    let queryClient: QueryClient

    beforeEach(async () => {
      // Timers, animation frames and the clock only: React's scheduler and promises run as they do
      // in a browser. Animation frames too: jsdom runs them on an interval it starts with the first
      // request, and an interval started under fake timers never fires once they are gone, which
      // left every later frame in this worker (ECharts' tooltips, the table's row measures) waiting.
      vi.useFakeTimers({
        toFake: [
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'Date',
        ],
        shouldAdvanceTime: false,
      })
      consoleErrors = vi.spyOn(console, 'error')
      log = recordExchanges()
      queryClient = createQueryClient()
      const signedInAs = page.signedInAs ?? 'director'
      let url = page.url
      if (typeof url !== 'string') {
        await signInAs(signedInAs)
        url = await url()
      }
      await renderApp(url, { signedInAs, queryClient })
      await eventually(page.shown, 60_000)
    }, 60_000)

    afterEach(() => {
      queryClient.clear()
      vi.useRealTimers()
    })

    const expectNothingWrong = () => {
      expect(consoleErrors.mock.calls.map((call) => call.map(String).join(' '))).toEqual([])
      expect(overlapping(log), 'requests sent while the same one was still on its way').toEqual([])
      expect(sentDuringRetryAfter(log), 'requests sent before the Retry-After had passed').toEqual([])
    }

    /** Some answer to a request sent after `sent` requests has arrived (or the request gave up). */
    const answeredSince = (sent: number) => log.slice(sent).some((entry) => entry.endedAt !== undefined)

    it(
      'keeps the last good data, marked stale, while refreshes fail, and recovers by itself',
      { timeout: 300_000 },
      async () => {
        // The faults of a group fail the page one after the other, each answered at least once
        // with the figures kept; then the API recovers, and so must the page. Faults that leave
        // nothing behind share a recovery; a Retry-After and a hang each have their own.
        for (const group of recoveryGroups) {
          const before = page.shown()
          for (const [name, fault] of group) {
            await during(name, async () => {
              const sent = log.length
              faults.set('GET /*', fault)
              await eventually(() => {
                expect(answeredSince(sent)).toBe(true)
                expect(page.isStale()).toBe(true)
              }, patienceMs)
              expect(pageHeading()).toBeVisible()
              expect(page.shown()).toBe(before)
            })
          }
          await during(`recovery after ${group.map(([name]) => name).join(', ')}`, async () => {
            faults.reset()
            await eventually(() => expect(page.isStale()).toBe(false), patienceMs)
            page.shown()
            expectNothingWrong()
          })
        }
      },
    )

    it(
      'shows an error with a retry when the first load fails, never an endless spinner',
      { timeout: 300_000 },
      async () => {
        // The page as it is when opened while the API fails: every query without data. Each fault
        // in turn answers its requests; the page keeps telling of the failure with a retry.
        faults.set('GET /*', failures[0]![1])
        await act(async () => {
          void queryClient.resetQueries()
          await Promise.resolve()
        })
        for (const [name, fault] of failures) {
          await during(name, async () => {
            const sent = log.length
            faults.set('GET /*', fault)
            await eventually(() => {
              expect(answeredSince(sent)).toBe(true)
              expect(page.firstLoadFailed()).toBe(true)
              expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0)
            }, patienceMs)
            expect(pageHeading()).toBeVisible()
          })
        }
        await during('recovery', async () => {
          faults.reset()
          const retry = screen.queryAllByRole('button', { name: /^(重试|重新加载)$/ })[0]
          if (retry) fireEvent.click(retry)
          await eventually(page.shown, patienceMs)
          expectNothingWrong()
        })
      },
    )

    it(
      'keeps what it shows while the API is slow, on first load and on refresh',
      { timeout: 60_000 },
      async () => {
        const before = page.shown()
        faults.set('GET /*', { kind: 'slow', delayMs: slowMs })
        const sent = log.length
        await eventually(() => expect(log.length).toBeGreaterThan(sent), patienceMs)
        expect(page.shown()).toBe(before)
        expect(page.isStale()).toBe(false)
        await advance(slowMs + stepMs)
        expect(page.isStale()).toBe(false)

        await act(async () => {
          void queryClient.resetQueries()
          await Promise.resolve()
        })
        await advance(stepMs)
        expect(page.firstLoadFailed()).toBe(false)
        await eventually(page.shown, slowMs * 4)
        expect(page.isStale()).toBe(false)
        expectNothingWrong()
      },
    )

    it('refreshes after the machine slept an hour, without an error', { timeout: 60_000 }, async () => {
      const sent = log.length
      vi.setSystemTime(Date.now() + 60 * 60_000)
      await eventually(() => {
        expect(log.length).toBeGreaterThan(sent)
        expect(log.every((entry) => entry.endedAt !== undefined)).toBe(true)
        expect(page.isStale()).toBe(false)
        page.shown()
      }, patienceMs)
      expectNothingWrong()
    })

    it(
      'says since when it is offline, keeps the data, and refreshes as the network returns',
      { timeout: 60_000 },
      async () => {
        const before = page.shown()
        faults.set('GET /*', { kind: 'network' })
        setOnline(false)
        const sentOffline = log.length
        await advance(3 * 60_000)
        expect(screen.getByText(offlineNotice)).toBeVisible()
        expect(page.shown()).toBe(before)
        // Nothing is asked of a network that is not there.
        expect(log.length).toBe(sentOffline)
        faults.reset()
        setOnline(true)
        // At once, not at the next poll.
        await advance(stepMs)
        expect(log.length).toBeGreaterThan(sentOffline)
        expect(screen.queryByText(offlineNotice)).toBeNull()
        await eventually(() => expect(page.isStale()).toBe(false), patienceMs)
        page.shown()
        expectNothingWrong()
      },
    )
  })
}
