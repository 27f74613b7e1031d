import type { Locator, Page } from '@playwright/test'
import { wallZhCN } from '../../src/pages/wall/wall.zh-cn'
import { zh } from './support/app'
import { expect, test, type BrowserProblem } from './support/fixtures'
import { expectNothingPersonalKept } from './support/personal-data'
import { redocCodeHighlighter } from './support/policy-reports'

// Every page of the production build under the production CSP and the Trusted Types policy in
// report-only mode (src/shared/config/csp.ts, sent by the mock server): visited as the role that
// sees it, with its data in, every chart hovered until its tooltip shows, the print view of the
// pages that have one. The shared fixture fails a test on any violation, enforced or reported;
// each page is also checked on its own, so that a failure names the page. After each tour, the
// origin must have kept nothing personal (storage, cookies, the address). Read-only: the shared
// mock server serves it. One screen size: the policies do not depend on the layout.

test.describe.configure({ timeout: 90_000 })

const firstData = { timeout: 30_000 }

/** The page's heading is up and no panel is still waiting for its first answer. */
async function settled(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, firstData)
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, firstData)
}

/** Nothing violated a policy so far: the label says on which page it would have happened. */
function expectNoViolation(problems: BrowserProblem[], label: string): void {
  expect(
    problems.filter((problem) => problem.kind === 'CSP violation').map((problem) => problem.text),
    `policy violations on ${label}`,
  ).toEqual([])
}

const texts = (chart: Locator) =>
  chart.locator('svg text').evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()))

/** What `after` holds beyond `before`, counting repeats (a tooltip repeats the axis's labels). */
function added(before: string[], after: string[]): string[] {
  const left = [...before]
  return after.filter((text) => {
    const index = left.indexOf(text)
    if (index === -1) return true
    left.splice(index, 1)
    return false
  })
}

/**
 * Hovers a chart until ECharts draws its tooltip, and returns the tooltip's texts. Tooltips are
 * rich text (never HTML, see safe-chart-option.ts): ECharts draws them into the chart's own SVG,
 * as texts that come with the pointer and go with it. A few points are tried, as the middle of a
 * chart may fall between two grids.
 */
async function hoverTooltip(page: Page, chart: Locator): Promise<string[]> {
  await chart.scrollIntoViewIfNeeded()
  await page.mouse.move(0, 0)
  // Drawn, and done drawing: entry animations add labels as they end.
  let previous: string[] = []
  await expect
    .poll(
      async () => {
        const now = await texts(chart)
        const stable = now.length > 0 && now.join('\n') === previous.join('\n')
        previous = now
        return stable
      },
      { intervals: [300], ...firstData },
    )
    .toBe(true)
  const before = previous
  const box = (await chart.boundingBox())!
  for (const [x, y] of [
    [0.5, 0.5],
    [0.25, 0.5],
    [0.75, 0.5],
    [0.5, 0.3],
    [0.25, 0.3],
  ] as const) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 2 })
    try {
      await expect
        .poll(async () => (await texts(chart)).length, { timeout: 1_500 })
        .toBeGreaterThan(before.length)
    } catch {
      continue
    }
    const tooltip = added(before, await texts(chart))
    // A tooltip tells a figure.
    expect(tooltip.join(' ')).toMatch(/\d/)
    // And it goes with the pointer: the texts were the tooltip's.
    await page.mouse.move(0, 0)
    await expect.poll(async () => (await texts(chart)).length).toBe(before.length)
    return tooltip
  }
  throw new Error(
    `no tooltip on the chart ${await chart.locator('xpath=ancestor::*[@role="img"]').getAttribute('aria-label')}`,
  )
}

const charts = (page: Page) => page.locator('[role="img"]:has([data-chart-renderer="svg"])')

/** Every chart on the page hovered, each showing its tooltip. */
async function hoverEveryChart(page: Page, expected: number): Promise<void> {
  await expect(charts(page)).toHaveCount(expected, firstData)
  for (const chart of await charts(page).all()) await hoverTooltip(page, chart)
}

/**
 * The page laid out and painted for paper (a screenshot forces both), then back on screen.
 * `onPaper` checks what the print view changes.
 */
async function printView(page: Page, onPaper?: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ media: 'print' })
  await onPaper?.()
  await page.screenshot()
  await page.emulateMedia({ media: 'screen' })
}

test.describe('every page under the CSP and Trusted Types (report-only)', { tag: '@desktop-only' }, () => {
  test('the overview, work orders with a detail open and printed, escalations, approvals, a missing page', async ({
    page,
    browserProblems,
  }) => {
    await page.goto('/')
    await settled(page, zh.pages.overview.title)
    await hoverEveryChart(page, 1)
    expectNoViolation(browserProblems, '/')

    // A work order's detail with its contact revealed: the most personal view there is.
    await page.goto('/work-orders?status=open')
    await settled(page, zh.pages.workOrders.title)
    const firstRow = page.locator('tbody tr[data-index]').first()
    await expect(firstRow).toBeVisible(firstData)
    const id = (await firstRow.getByRole('rowheader').textContent())!.trim()
    await firstRow.getByRole('link', { name: id }).click()
    const drawer = page.getByRole('dialog', { name: zh.workOrderDetail.dialogTitle.replace('{{id}}', id) })
    const contact = drawer.getByRole('region', { name: zh.workOrderDetail.contact.heading })
    await contact.getByRole('button', { name: zh.workOrderDetail.contact.reveal }).click()
    await expect(contact.getByText(zh.workOrderDetail.contact.revealedNote)).toBeVisible()
    const revealed = (await contact.locator('dd').allTextContents())
      .map((text) => text.trim())
      .filter((text) => text.length >= 2 && !/^(匿名|未留)$/.test(text))
    await printView(page)
    expectNoViolation(browserProblems, '/work-orders with a detail open, on screen and in print')

    await page.goto('/escalations')
    await settled(page, zh.pages.escalations.title)
    expectNoViolation(browserProblems, '/escalations')

    await page.goto('/approvals')
    await settled(page, zh.approvals.title)
    expectNoViolation(browserProblems, '/approvals')

    await page.goto('/no-such-page')
    await settled(page, zh.notFound.title)
    expectNoViolation(browserProblems, 'a missing page')
    // After the whole tour, the origin kept nothing of what it showed.
    await expectNothingPersonalKept(page, [...revealed, '王建国'])
  })

  test('hotspots, reports and their print view, settings, the API reference', async ({
    page,
    browserProblems,
    allowPolicyReports,
  }) => {
    await page.goto('/hotspots')
    await settled(page, zh.pages.hotspots.title)
    await hoverEveryChart(page, 2)
    expectNoViolation(browserProblems, '/hotspots')

    await page.goto('/reports')
    await settled(page, zh.pages.reports.title)
    await expect(page.getByRole('heading', { level: 2, name: /^月分析 · / })).toBeVisible(firstData)
    await hoverEveryChart(page, 1)
    await printView(page, async () => {
      await expect(page.getByRole('navigation', { name: zh.nav.main })).toBeHidden()
      await expect(page.getByText(/^生成时间：/)).toBeVisible()
    })
    expectNoViolation(browserProblems, '/reports, on screen and in print')

    await page.goto('/settings')
    await settled(page, zh.pages.settings.title)
    expectNoViolation(browserProblems, '/settings')

    // Redoc under its own CSP (inline styles), with the same Trusted Types policy; its search
    // redraws the menu, and a chosen operation's code samples are highlighted into innerHTML (the
    // one report the README lists).
    allowPolicyReports(redocCodeHighlighter)
    await page.goto('/api-reference/')
    await expect(page.getByRole('heading', { level: 1, name: /duban API/ })).toBeVisible(firstData)
    await page.getByText('Search Ctrl+K').click()
    await page.keyboard.type('six-timely')
    await page.getByText('The six timely rates (proposal)').first().click()
    await expect(page).toHaveURL(/#/)
    expectNoViolation(browserProblems, '/api-reference/')
  })

  test.describe('signed out', () => {
    test.use({ signedInAs: null })

    test('the sign-in page, then the wall display as the wall account, every scene', async ({
      page,
      browserProblems,
    }) => {
      const wall = '/wall?scenes=headline,trends,rankings,alerts,ticker&interval=300'
      await page.goto(`/sign-in?redirect=${encodeURIComponent(wall)}`)
      await settled(page, zh.pages.signIn.title)
      expectNoViolation(browserProblems, '/sign-in')
      await page.getByLabel(zh.signIn.username).fill('wall')
      await page.getByLabel(zh.signIn.password).fill('duban-demo')
      await page.getByRole('button', { name: zh.signIn.submit, exact: true }).click()

      const main = page.locator('main')
      await expect(main).toHaveAttribute('data-scene', 'headline', firstData)
      for (const scene of ['trends', 'rankings', 'alerts', 'ticker'] as const) {
        await page.keyboard.press('ArrowRight')
        await expect(main).toHaveAttribute('data-scene', scene)
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes[scene])
        // The wall's chart has no tooltip (nobody points at a wall): drawn is enough.
        if (scene === 'trends') await expect(charts(page).locator('svg text').first()).toBeAttached(firstData)
      }
      expectNoViolation(browserProblems, '/wall')
      // The wall keeps its device id and preferences, nothing else.
      await expectNothingPersonalKept(page)
    })
  })
})
