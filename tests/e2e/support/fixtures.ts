import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { followTestClock } from './test-clock'

/**
 * Every browser test imports `test` and `expect` from here, never from @playwright/test.
 * An automatic fixture watches the page for the failures a user would not see but must never
 * happen: a console error, an uncaught exception or unhandled rejection, and any violation of
 * the Content-Security-Policy, enforced or report-only (the Trusted Types policy, see
 * src/shared/config/csp.ts). Any of them fails the test after its body ran.
 */

export interface BrowserProblem {
  kind: 'console error' | 'page error' | 'unhandled rejection' | 'CSP violation'
  text: string
}

interface CspViolationReport {
  /** `enforce` (blocked) or `report` (a report-only policy, e.g. Trusted Types: allowed, but a finding). */
  disposition: string
  directive: string
  blockedURI: string
  sourceFile: string
  line: number
  sample: string
}

interface Fixtures {
  /**
   * Declares console errors this test expects (e.g. the browser's own log line for a chunk
   * the test made fail on purpose). Only console errors can be allowed: page errors and CSP
   * violations always fail.
   */
  allowConsoleErrors: (...patterns: RegExp[]) => void
  allowedConsoleErrors: RegExp[]
  /**
   * Declares reports of a report-only policy this test expects: a library's Trusted Types sink
   * that the README lists with its reason (tests/e2e/support/policy-reports.ts). Enforced
   * violations can never be allowed.
   */
  allowPolicyReports: (...patterns: RegExp[]) => void
  allowedPolicyReports: RegExp[]
  /** What the page reported so far. Read by the harness's own tests; others leave it alone. */
  browserProblems: BrowserProblem[]
  failOnBrowserProblems: void
  /**
   * The demo account whose session the browser has when the test starts (the director by
   * default: most tests are about a signed-in user); `null` for a browser that is not signed in.
   * Override per file or group with `test.use({ signedInAs: null })`.
   */
  signedInAs: 'director' | 'staff' | 'wall' | null
  signIn: void
  /**
   * Whether the page's clock follows DUBAN_TEST_CLOCK when the suite runs with one
   * (./test-clock.ts): Playwright's clock runs the page's timers, where an exception thrown in
   * one is reported as a console error, not as a page error. Off for the harness's own tests.
   */
  followsTestClock: boolean
  testClock: void
}

const reportBinding = '__dubanReportBrowserProblem'

export const test = base.extend<Fixtures>({
  signedInAs: ['director', { option: true }],

  followsTestClock: [true, { option: true }],

  testClock: [
    async ({ page, followsTestClock }, use) => {
      if (followsTestClock) await followTestClock(page)
      await use()
    },
    { auto: true },
  ],

  // Signs in through the API before the page opens: the context's cookie jar, which
  // `page.request` shares with the page, then holds the HttpOnly session cookie.
  signIn: [
    async ({ page, signedInAs }, use) => {
      if (signedInAs !== null) {
        const response = await page.request.post('/api/v1/session', {
          data: { username: signedInAs, password: 'duban-demo' },
        })
        if (!response.ok()) throw new Error(`signing in as ${signedInAs} failed: HTTP ${response.status()}`)
      }
      await use()
    },
    { auto: true },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  allowedConsoleErrors: async ({}, use) => {
    await use([])
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  browserProblems: async ({}, use) => {
    await use([])
  },

  allowConsoleErrors: async ({ allowedConsoleErrors }, use) => {
    await use((...patterns) => {
      allowedConsoleErrors.push(...patterns)
    })
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  allowedPolicyReports: async ({}, use) => {
    await use([])
  },

  allowPolicyReports: async ({ allowedPolicyReports }, use) => {
    await use((...patterns) => {
      allowedPolicyReports.push(...patterns)
    })
  },

  failOnBrowserProblems: [
    async (
      { page, allowedConsoleErrors, allowedPolicyReports, browserProblems: problems },
      use,
      testInfo,
    ) => {
      const allowedReport = (problem: BrowserProblem) =>
        problem.kind === 'CSP violation' &&
        problem.text.startsWith('{"disposition":"report",') &&
        allowedPolicyReports.some((re) => re.test(problem.text))
      // The page reports CSP violations and unhandled rejections itself, from before any of
      // its own scripts run, in every document it loads (reloads included).
      await page.exposeBinding(reportBinding, (_source, problem: BrowserProblem) => {
        if (!allowedReport(problem)) problems.push(problem)
      })
      await page.addInitScript((binding: string) => {
        const report = (problem: { kind: string; text: string }) => {
          const fn = (window as unknown as Record<string, (p: unknown) => Promise<void>>)[binding]
          void fn?.(problem)
        }
        // Report-only violations (Trusted Types) come only this way: Chromium logs them at the
        // info level, not as the console errors watched below.
        document.addEventListener('securitypolicyviolation', (event) => {
          const violation: CspViolationReport = {
            disposition: event.disposition,
            directive: event.effectiveDirective,
            blockedURI: event.blockedURI,
            sourceFile: event.sourceFile,
            line: event.lineNumber,
            sample: event.sample,
          }
          report({ kind: 'CSP violation', text: JSON.stringify(violation) })
        })
        window.addEventListener('unhandledrejection', (event) => {
          const reason: unknown = event.reason
          report({
            kind: 'unhandled rejection',
            text: reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason),
          })
        })
      }, reportBinding)

      page.on('console', (message) => {
        const text = message.text()
        const location = message.location()
        const where = location.url ? ` (${location.url}:${location.lineNumber})` : ''
        if (/Content Security Policy/i.test(text)) {
          problems.push({ kind: 'CSP violation', text: `${text}${where}` })
        } else if (message.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(text))) {
          problems.push({ kind: 'console error', text: `${text}${where}` })
        }
      })
      page.on('pageerror', (error) => {
        problems.push({
          kind: 'page error',
          text: error.stack ?? `${error.name}: ${error.message}`,
        })
      })

      await use()

      // Let events already on their way (a timer's exception, a binding call) arrive.
      if (!page.isClosed()) await page.waitForTimeout(100)
      if (problems.length > 0) {
        const summary = problems.map((p, i) => `${i + 1}. [${p.kind}] ${p.text}`).join('\n')
        await testInfo.attach('browser-problems.txt', {
          body: summary,
          contentType: 'text/plain',
        })
        throw new Error(`The page reported ${problems.length} problem(s):\n${summary}`)
      }
    },
    { auto: true },
  ],
})

export { expect }

/** axe impacts that fail a test. Moderate and minor findings are reported, not fatal. */
const failingImpacts = new Set(['serious', 'critical'])

/**
 * Runs axe-core on the page as it is now and fails on serious or critical violations,
 * listing each rule with the elements it found and how to fix them.
 */
export async function expectAxeClean(page: Page, label = 'page'): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze()
  const failing = results.violations.filter((v) => failingImpacts.has(v.impact ?? ''))
  const text = failing
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        )
        .join('\n')
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`
    })
    .join('\n')
  expect(
    failing.map((violation) => violation.id),
    `axe found serious/critical violations on ${label} (${page.url()}):\n${text}`,
  ).toEqual([])
}
