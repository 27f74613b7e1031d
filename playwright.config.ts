import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, installHint, resolveChromium } from './tests/e2e/support/chromium-path.mjs'

// E2E_PORT lets two suites run side by side on one machine (each builds and serves its own).
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://localhost:${port}`
const isCI = Boolean(process.env.CI)

// DUBAN_TEST_CLOCK=<instant>: the suite runs as if at that instant (tests/e2e/support/test-clock.ts).
// The real moment the clock stood there is fixed here, once: the workers load this file again and
// inherit the variable, and every server and browser then reads the same running clock.
const testClock = process.env.DUBAN_TEST_CLOCK
if (testClock !== undefined && (!/(Z|[+-]\d\d:\d\d)$/.test(testClock) || Number.isNaN(Date.parse(testClock))))
  throw new Error(`DUBAN_TEST_CLOCK=${testClock}: an instant with its offset, e.g. 2026-12-31T23:58:00+08:00`)
if (testClock !== undefined) process.env.DUBAN_TEST_CLOCK_STARTED ??= String(Date.now())
const testClockArgs =
  testClock === undefined
    ? ''
    : ` --clock-from ${testClock} --clock-started ${process.env.DUBAN_TEST_CLOCK_STARTED ?? ''}`

// Debian's Chromium, never a Playwright browser download. `npm run test:e2e` runs
// ensure-chromium.mjs first, which installs it when it can; this is the last word.
const chromium = resolveChromium()
if (chromium.path === undefined) throw new Error(`${chromium.problem} ${installHint}`)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Three on a two-core machine: a test spends most of its time waiting for pages and answers.
  // With two workers the suite took 6.0 min and used the cores less than half that time; with
  // three it takes 3.5 min, the cores about 90 % busy.
  workers: 3,
  forbidOnly: isCI,
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  // The suite tests what ships: the production bundle, served with the production CSP, same-origin
  // with the mock API over real HTTP (real HttpOnly session cookie), as a deployment would be.
  webServer: {
    command: `npm run build && npm run mock-server -- --port ${port}${testClockArgs}`,
    url: baseURL,
    // A server already running has its own clock.
    reuseExistingServer: !isCI && testClock === undefined,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL,
    headless: true,
    // The app must show China time and Chinese text whatever the browser's zone and language.
    timezoneId: 'America/New_York',
    locale: 'en-US',
    colorScheme: 'light',
    screenshot: 'only-on-failure',
    trace: 'off',
    video: 'off',
    launchOptions: {
      executablePath: chromium.path,
      args: [...chromiumArgs],
    },
  },
  projects: [
    // Reads the build output only: no browser, and it runs once, not once per screen size.
    { name: 'bundle', testMatch: /bundle-budget\.spec\.ts$/ },
    // Tests tagged for one layout only run in that project.
    {
      name: 'desktop',
      testIgnore: /bundle-budget\.spec\.ts$/,
      grepInvert: /@phone-only/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
      },
    },
    {
      name: 'phone',
      // Journeys whose steps do not depend on the layout run at the desk only: the phone layout of
      // their pages is checked route by route (routes.spec.ts), and the suite stays within its time.
      testIgnore: [
        /bundle-budget\.spec\.ts$/,
        /(escalations|bulk-remind|search-params|session-safety)\.spec\.ts$/,
      ],
      grepInvert: /@desktop-only/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
})
