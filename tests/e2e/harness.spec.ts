import { zh } from './support/app'
import type { Page } from '@playwright/test'
import { expect, expectAxeClean, test, type BrowserProblem } from './support/fixtures'

// The harness's own tests: each provokes one problem and checks that the automatic fixture
// caught it (then clears the list, so that this test itself passes). Without them, a broken
// listener would let every other test pass silently.

// One screen size is enough: the harness does not depend on the layout.
test.describe('the browser-problem fixture', { tag: '@desktop-only' }, () => {
  // The page's own timers, not Playwright's clock: an exception in one must reach the page.
  test.use({ followsTestClock: false })

  test.beforeEach(async ({ page }) => {
    await page.goto('/settings')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.settings.title)
    await expectAxeClean(page, 'settings')
  })

  /** Waits until every expected report arrived, then clears the list for this test to pass. */
  const caught = async (
    page: Page,
    problems: BrowserProblem[],
    kind: BrowserProblem['kind'],
    ...texts: RegExp[]
  ) => {
    for (const text of texts) {
      await expect
        .poll(() => problems.some((p) => p.kind === kind && text.test(p.text)), { message: String(text) })
        .toBe(true)
    }
    // One incident can be reported more than once (listener and console); let the rest arrive.
    await page.waitForTimeout(300)
    problems.length = 0
  }

  test('catches a CSP violation (an inline style attribute)', async ({ page, browserProblems }) => {
    await page.evaluate(() => {
      document.body.setAttribute('style', 'outline: 1px solid red')
    })
    // Reported twice: by the page's securitypolicyviolation listener and by Chromium's console.
    await caught(
      page,
      browserProblems,
      'CSP violation',
      /"directive":"style-src-attr"/,
      /Content Security Policy/,
    )
  })

  test('catches a Trusted Types violation, which the report-only policy lets through', async ({
    page,
    browserProblems,
  }) => {
    // The empty string (ECharts clearing a disposed chart) passes the app's default policy…
    await page.evaluate(() => {
      document.createElement('div').innerHTML = ''
    })
    await page.waitForTimeout(300)
    expect(browserProblems).toEqual([])
    // …markup does not: allowed (the policy only reports), but a finding.
    const rendered = await page.evaluate(() => {
      const element = document.createElement('div')
      element.innerHTML = '<b>tt-probe</b>'
      return element.querySelector('b')?.textContent
    })
    expect(rendered).toBe('tt-probe')
    await caught(
      page,
      browserProblems,
      'CSP violation',
      /"disposition":"report","directive":"require-trusted-types-for".*"sample":"Element innerHTML\|<b>tt-probe/,
    )
  })

  test('catches a console error', async ({ page, browserProblems }) => {
    await page.evaluate(() => {
      console.error('harness: provoked console error')
    })
    await caught(page, browserProblems, 'console error', /provoked console error/)
  })

  test('catches an uncaught exception', async ({ page, browserProblems }) => {
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('harness: provoked exception')
      })
    })
    await caught(page, browserProblems, 'page error', /provoked exception/)
  })

  test('catches an unhandled rejection', async ({ page, browserProblems }) => {
    await page.evaluate(() => {
      void Promise.reject(new Error('harness: provoked rejection'))
    })
    await caught(page, browserProblems, 'unhandled rejection', /provoked rejection/)
  })

  test('axe fails on a serious violation', async ({ page }) => {
    await page.evaluate(() => {
      document.querySelector('main')?.append(document.createElement('button'))
    })
    await expect(expectAxeClean(page, 'a nameless button')).rejects.toThrow(/button-name/)
  })
})
