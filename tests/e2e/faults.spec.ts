import type { Locator, Page, Request } from '@playwright/test'
import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'
import { installClock } from './support/test-clock'
import { ownMockServer, type OwnMockServer } from './support/own-mock-server'

// One browser test per fault of the API (mocks/api/faults.ts), in the production build against a
// mock server of this file's own (its faults would break the other tests on the shared one). The
// page's clock is Playwright's: polls, retries, timeouts and Retry-After pass at once instead of
// being waited for. The component tests run every fault on every page (tests/unit/fault-matrix);
// these prove the same in a real browser, on real HTTP, one fault each.

test.describe.configure({ mode: 'serial', timeout: 90_000 })
test.use({ signedInAs: null })

const port = 4295
const firstData = { timeout: 30_000 }
let server: OwnMockServer

test.beforeAll(async () => {
  server = await ownMockServer(port)
})

test.afterAll(async () => {
  await server.stop()
})

test.beforeEach(async ({ page, allowConsoleErrors }) => {
  // The browser logs each failed request itself; the page must not add errors of its own.
  allowConsoleErrors(/Failed to load resource/)
  await setFaults([])
  const response = await page.request.post(`${server.base}/api/v1/session`, {
    data: { username: 'director', password: 'duban-demo' },
  })
  expect(response.ok()).toBe(true)
  await installClock(page)
})

test.afterEach(async ({ page }) => {
  // Leave before the next test's faults: a hanging request must not outlive its test.
  await page.goto('about:blank')
  await setFaults([])
})

async function setFaults(specs: string[]): Promise<void> {
  const response = await fetch(`${server.base}/api/v1/__mock/faults`, {
    method: specs.length === 0 ? 'DELETE' : 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: specs.length === 0 ? undefined : JSON.stringify(specs),
  })
  expect(response.ok).toBe(true)
}

const isApi = (request: Request) => new URL(request.url()).pathname.startsWith('/api/v1/')

/** The received figure of the Overview once it shows. */
async function openOverview(page: Page): Promise<Locator> {
  await page.goto(`${server.base}/`)
  const received = page.getByRole('article', { name: zh.overview.cards.received.title })
  await expect(received.getByText(/^\d[\d,]*$/)).toBeVisible(firstData)
  return received.getByText(/^\d[\d,]*$/)
}

const staleMark = (page: Page) => page.getByText(zh.panel.stale).first()

/** Moves the page's clock on in `stepMs` steps until `check` passes. */
async function runClockUntil(page: Page, check: () => Promise<void>, stepMs = 5_000): Promise<void> {
  await expect(async () => {
    await page.clock.runFor(stepMs)
    await check()
  }).toPass({ timeout: 60_000, intervals: [100, 250, 500] })
}

/** Tracks the page's API requests: how many started, and the most ever in flight to one URL. */
function trackRequests(page: Page) {
  const inFlight = new Map<string, number>()
  const state = {
    started: 0,
    mostInFlight: 0,
    inFlight: () => [...inFlight.values()].reduce((sum, count) => sum + count, 0),
  }
  const done = (request: Request) => {
    if (isApi(request)) inFlight.set(request.url(), (inFlight.get(request.url()) ?? 1) - 1)
  }
  page.on('request', (request) => {
    if (!isApi(request)) return
    state.started += 1
    const now = (inFlight.get(request.url()) ?? 0) + 1
    inFlight.set(request.url(), now)
    state.mostInFlight = Math.max(state.mostInFlight, now)
  })
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return state
}

/**
 * A refresh fails: the figures stay, marked stale; the API recovers: so does the page, without a
 * reload. `by` says what refreshes: the polls (the clock moves on) or the refresh button.
 */
async function refreshFailsThenRecovers(page: Page, fault: string, by: 'poll' | 'button'): Promise<void> {
  const figure = await openOverview(page)
  const before = await figure.textContent()
  const refresh = async () => {
    if (by === 'button') await page.getByRole('button', { name: zh.overview.freshness.refresh }).click()
  }
  await page.evaluate(() => {
    window.__faultMarker = 'not reloaded'
  })
  await setFaults([`GET /*=${fault}`])
  await refresh()
  await runClockUntil(
    page,
    () => expect(staleMark(page)).toBeVisible({ timeout: 500 }),
    by === 'poll' ? 10_000 : 1_500,
  )
  await expect(figure).toHaveText(before ?? '')
  await expect(page.getByRole('heading', { level: 1, name: zh.pages.overview.title })).toBeVisible()
  await setFaults([])
  await refresh()
  await runClockUntil(
    page,
    () => expect(page.getByText(zh.panel.stale)).toHaveCount(0, { timeout: 500 }),
    by === 'poll' ? 10_000 : 1_500,
  )
  await expect(figure).toHaveText(/^\d[\d,]*$/)
  expect(await page.evaluate(() => window.__faultMarker)).toBe('not reloaded')
}

declare global {
  interface Window {
    __faultMarker?: string
  }
}

test.describe('faults of the API, in the browser', { tag: '@desktop-only' }, () => {
  test('network: failing polls keep the figures, marked stale, and the page recovers by itself', async ({
    page,
  }) => {
    await refreshFailsThenRecovers(page, 'network', 'poll')
  })

  for (const fault of ['500', '502', 'truncated', 'wrong-shape', 'empty']) {
    test(`${fault}: a failing refresh keeps the figures, marked stale, and a refresh recovers`, async ({
      page,
    }) => {
      await refreshFailsThenRecovers(page, fault, 'button')
    })
  }

  test('a first load that fails shows an error with a retry, never an endless spinner', async ({ page }) => {
    await setFaults(['GET /work-orders=503:2'])
    await page.goto(`${server.base}/work-orders?status=open`)
    const list = page.getByRole('region', { name: zh.workOrders.list.title })
    await runClockUntil(page, () => expect(list.getByRole('alert')).toBeVisible({ timeout: 500 }))
    await expect(list.getByRole('alert')).toContainText('服务器暂时不可用')
    await expect(list.locator('[aria-busy="true"]')).toHaveCount(0)
    await setFaults([])
    await page.clock.runFor(3_000)
    await list.getByRole('button', { name: zh.panel.retry }).click()
    await expect(list.getByRole('rowheader').first()).toBeVisible(firstData)
  })

  test('429: nothing is asked before the Retry-After has passed, then the page recovers', async ({
    page,
  }) => {
    const requests = trackRequests(page)
    const figure = await openOverview(page)
    // Quiet first: an answer still on its way would start the server's pause before the clock
    // below counts it.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, firstData)
    await expect.poll(() => requests.inFlight()).toBe(0)
    // Longer than a query waits to retry (a minute): the failure shows at once, and the polls
    // meanwhile are held back by the client.
    await setFaults(['GET /*=429:90'])
    const limited = page.waitForResponse((response) => response.status() === 429)
    await page.getByRole('button', { name: zh.overview.freshness.refresh }).click()
    await limited
    // Let the answers of the requests already on their way arrive.
    await expect.poll(() => requests.inFlight()).toBe(0)
    const sent = requests.started
    await setFaults([])
    // 70 of the 90 seconds: the page's clock also runs with real time, which a loaded machine
    // spends generously between these steps.
    for (let second = 0; second < 70; second += 2) await page.clock.runFor(2_000)
    expect(requests.started, 'requests sent before the Retry-After had passed').toBe(sent)
    await expect(staleMark(page)).toBeVisible()
    await expect(page.getByText(/服务器请求过多，要求 \d+ 秒内不再请求/).first()).toBeVisible()
    await runClockUntil(page, () => expect(page.getByText(zh.panel.stale)).toHaveCount(0, { timeout: 500 }))
    expect(requests.started).toBeGreaterThan(sent)
    await expect(figure).toHaveText(/^\d[\d,]*$/)
  })

  test('hang: the client gives up after its timeout, polling goes on, one request in flight per URL', async ({
    page,
  }) => {
    await openOverview(page)
    const requests = trackRequests(page)
    await setFaults(['GET /*=hang'])
    await runClockUntil(page, () => expect(staleMark(page)).toBeVisible({ timeout: 500 }))
    await expect(page.getByText(/服务器在 15 秒内没有响应/).first()).toBeVisible()
    // Two more polls with the requests still hanging: none is sent while its twin waits.
    const sent = requests.started
    for (let second = 0; second < 90; second += 5) await page.clock.runFor(5_000)
    expect(requests.started).toBeGreaterThan(sent)
    expect(requests.mostInFlight).toBe(1)
    await setFaults([])
    await runClockUntil(page, () => expect(page.getByText(zh.panel.stale)).toHaveCount(0, { timeout: 500 }))
  })

  test('slow (5 s): the figures stay, not stale, until the answer comes', async ({ page }) => {
    const figure = await openOverview(page)
    await setFaults(['GET /kpis/summary=slow:5000'])
    const answered = page.waitForResponse((response) => response.url().includes('/kpis/summary'))
    await page.clock.runFor(31_000)
    await expect(figure).toBeVisible()
    await expect(page.getByText(zh.panel.stale)).toHaveCount(0)
    await answered
    await expect(page.getByText(zh.panel.stale)).toHaveCount(0)
    await expect(figure).toHaveText(/^\d[\d,]*$/)
  })

  test('a clock jump (the machine slept an hour) refreshes at once, without an error', async ({ page }) => {
    await openOverview(page)
    const asOf = page.getByTestId('as-of')
    const before = await asOf.textContent()
    // The server's clock is real: let it pass a second, so that its next `asOf` differs.
    await page.waitForTimeout(1_100)
    const refreshed = page.waitForResponse((response) => response.url().includes('/kpis/summary'))
    await page.clock.fastForward('01:00:00')
    await refreshed
    await expect(asOf).not.toHaveText(before ?? '')
    await expect(page.getByText(zh.panel.stale)).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('a chart whose code failed to load says so in its place; a reload, offered once the server answers, brings it', async ({
    page,
  }) => {
    // The chart library's chunk is lost on its way (the network dropped). Chromium then answers
    // every later import() of it with the same failure: only a reload of the page loads it.
    const chunk = (url: URL) => /\/assets\/echarts-chart-[\w-]+\.js$/.test(url.pathname)
    await page.route(chunk, (route) => route.abort('internetdisconnected'))
    await openOverview(page)
    const failed = page.getByRole('alert').filter({ hasText: zh.panel.chartFailed }).first()
    await expect(failed).toBeVisible(firstData)
    // The figures do not depend on it.
    await expect(page.getByRole('article', { name: zh.overview.cards.received.title })).toContainText(/\d/)
    await expectAxeClean(page, 'a chart whose code failed')

    await page.unroute(chunk)
    await failed.getByRole('button', { name: zh.panel.retry }).click()
    const stuck = page.getByRole('alert').filter({ hasText: zh.panel.codeNeedsReload })
    await expect(stuck).toBeVisible()
    await expectAxeClean(page, 'a chart that needs a reload')
    await stuck.getByRole('button', { name: zh.panel.reload }).click()
    await expect(page.locator('[data-chart-renderer]').first()).toBeVisible(firstData)
    await expect(page.getByRole('alert').filter({ hasText: zh.panel.chartFailed })).toHaveCount(0)
    await expect(page.getByRole('alert').filter({ hasText: zh.panel.codeNeedsReload })).toHaveCount(0)
  })

  test('offline: says since when, keeps the data, asks nothing, refreshes as soon as it is back', async ({
    page,
  }) => {
    const figure = await openOverview(page)
    const before = await figure.textContent()
    // The page's own files first: cut off while ECharts still loads, the trend panel fails for
    // the session (CI met that race once). This test is about the data while offline.
    await page.waitForLoadState('networkidle')
    const requests = trackRequests(page)
    await page.context().setOffline(true)
    await expect(page.getByText(/网络已断开（自 \d\d:\d\d:\d\d）/)).toBeVisible()
    const sent = requests.started
    for (let second = 0; second < 120; second += 10) await page.clock.runFor(10_000)
    expect(requests.started).toBe(sent)
    await expect(figure).toHaveText(before ?? '')
    const back = page.waitForRequest((request) => isApi(request))
    await page.context().setOffline(false)
    // At once: the clock does not move, no poll is due.
    await back
    await expect(page.getByText(/网络已断开/)).toHaveCount(0)
  })
})
