import type { BrowserContext, Page } from '@playwright/test'

/**
 * `DUBAN_TEST_CLOCK=<instant> npm run test:e2e` runs the browser suite as if it were that instant,
 * as the unit suite does (tests/unit/setup.ts): the mock servers' clocks and the browsers' run on
 * from it together, so what depends on the hour (the 08:30 yellow cards, a midnight, New Year)
 * can be tried before a CI run meets it. playwright.config.ts fixes the real moment the clock
 * stood at that instant (DUBAN_TEST_CLOCK_STARTED) once, for every worker and server.
 */
export const testClock = process.env.DUBAN_TEST_CLOCK

/** Where the test clock stands now (ms since the epoch); undefined without a test clock. */
function testClockNow(): number | undefined {
  if (testClock === undefined) return undefined
  return Date.parse(testClock) + (Date.now() - Number(process.env.DUBAN_TEST_CLOCK_STARTED))
}

/** The mock server's options for the test clock (none without it, or with a stopped clock). */
export function testClockServerArgs(args: readonly string[] = []): string[] {
  if (testClock === undefined || args.includes('--now')) return []
  return ['--clock-from', testClock, '--clock-started', String(process.env.DUBAN_TEST_CLOCK_STARTED)]
}

type ClockTarget = Page | BrowserContext

/** The contexts whose clock is installed (a context's clock can be installed once only). */
const installed = new WeakSet<BrowserContext>()
const contextOf = (target: ClockTarget): BrowserContext => ('context' in target ? target.context() : target)

/**
 * Playwright's clock in `target` (a page or a browser context), for a test that moves time
 * itself: at `time` if given, else at the test clock if there is one, else at the real time. The
 * fixtures have already installed the test clock in every test's page: there, `time` only sets it.
 */
export async function installClock(target: ClockTarget, time?: Date): Promise<void> {
  const context = contextOf(target)
  if (installed.has(context)) {
    if (time !== undefined) await context.clock.setSystemTime(time)
    return
  }
  const start = time?.getTime() ?? testClockNow()
  await context.clock.install(start === undefined ? undefined : { time: start })
  installed.add(context)
}

/** A page or context a test opens at the test clock, when there is one (the fixtures' pages are). */
export async function followTestClock(target: ClockTarget): Promise<void> {
  if (testClock !== undefined) await installClock(target)
}
