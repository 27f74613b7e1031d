import type { Page } from '@playwright/test'
import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'
import { ownMockServer, type OwnMockServer } from './support/own-mock-server'
import { installClock } from './support/test-clock'

// The wall's own texts live with its page (src/pages/wall/wall.zh-cn.ts).
import { wallEn } from '../../src/pages/wall/wall.en'
import { wallZhCN } from '../../src/pages/wall/wall.zh-cn'

test.use({ signedInAs: 'wall' })

/**
 * The screens a wall may be: full HD, 4K, a wide double screen, 16:10, an old laptop, and full
 * HD and 4K mounted upright.
 */
const sizes = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 3840, height: 1080 },
  { width: 1920, height: 1200 },
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
  { width: 2160, height: 3840 },
]

/**
 * What overflows: the page itself; any visible element whose content is wider than its box (text
 * cut off or spilling); any element that reaches past the screen's edges.
 */
function overflow() {
  const root = document.documentElement
  const visible = [...document.querySelectorAll('main *')].filter(
    (element) => !element.closest('.visually-hidden') && element.getClientRects().length > 0,
  )
  const label = (element: Element) => `${element.tagName}: ${element.textContent.slice(0, 40)}`
  const clipped = visible
    // Inside a chart's SVG there are no CSS boxes to overflow: Chromium reports a centred axis
    // label as wider than its "client" width however fully it is drawn. The chart's own box is
    // checked like any element, and every drawn part must stay on the screen (below).
    .filter((element) => !(element instanceof SVGElement && element.ownerSVGElement !== null))
    // Inline elements report no client size of their own.
    .filter((element) => element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1)
    .map(label)
  const outside = visible
    .filter((element) => {
      const box = element.getBoundingClientRect()
      return (
        box.left < -1 ||
        box.top < -1 ||
        box.right > window.innerWidth + 1 ||
        box.bottom > window.innerHeight + 1
      )
    })
    .map(label)
  return {
    page: root.scrollWidth > window.innerWidth || root.scrollHeight > window.innerHeight,
    clipped,
    outside,
  }
}

/** Each scene, and what shows once its figures are in. */
const sceneReady = {
  headline: '[data-figure]',
  trends: 'main [role="img"] svg',
  rankings: 'main table tbody tr',
  ticker: '[data-figure]',
}

test.describe('the wall display', { tag: '@desktop-only' }, () => {
  test('the link chooses the scenes and their order', async ({ page }) => {
    await page.goto('/wall?scenes=ticker,bogus&interval=300')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `${zh.app.name} · ${zh.pages.wall.title}`,
    )
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.ticker)
    await expect(page.getByText('第 1 / 1 屏：最新工单')).toBeVisible()
    await expect(page.getByRole('table')).toBeVisible()
    // One scene only: stepping stays on it.
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.ticker)

    await page.goto('/wall?scenes=headline,ticker&interval=300')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.ticker)
  })

  for (const [size, language] of sizes.flatMap((size) => [[size, 'zh-CN'] as const, [size, 'en'] as const])) {
    test(`nothing overflows at ${size.width}×${size.height} in ${language}, in every scene`, async ({
      page,
    }) => {
      // Five scenes, the trends' chart among them, on a machine shared with other suites.
      test.setTimeout(90_000)
      if (language === 'en') {
        await page.addInitScript(() => {
          localStorage.setItem('duban.preferences', JSON.stringify({ state: { language: 'en' }, version: 1 }))
        })
      }
      await page.setViewportSize(size)
      for (const scene of ['headline', 'trends', 'rankings', 'alerts', 'ticker'] as const) {
        await page.goto(`/wall?scenes=${scene}&interval=300`)
        await expect(page.locator('main')).toHaveAttribute('data-scene', scene)
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        // The alerts take longest on a cold server (14 days of deadline sweeps).
        if (scene === 'alerts') await expectAlertsScene(page, language)
        // The figures are in (no loading line left).
        await expect(page.getByText(/正在加载|Loading/)).toHaveCount(0)
        // The chart's library is a chunk of its own: a busy machine may take a while to load it.
        if (scene !== 'alerts')
          await expect(page.locator(sceneReady[scene]).first()).toBeVisible({ timeout: 15_000 })
        expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
      }
    })
  }

  test('is dark and passes axe on the key figures, the alerts and the ticker', async ({ page }) => {
    await page.goto('/wall?scenes=headline,alerts,ticker&interval=300')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)
    await expect(page.locator('[data-figure]').first()).toBeVisible()
    const background = await page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor)
    expect(background).toBe('rgb(11, 18, 32)')
    await expectAxeClean(page, 'wall, headline')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.alerts)
    await expectAlertsScene(page, 'zh-CN')
    await expectAxeClean(page, 'wall, alerts')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('table')).toBeVisible()
    await expectAxeClean(page, 'wall, ticker')
  })

  test('passes axe on the trends and the rankings', async ({ page }) => {
    await page.goto('/wall?scenes=trends&interval=300')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.trends)
    await expect(page.locator(sceneReady.trends)).toBeVisible({ timeout: 15_000 })
    await expect(page.getByRole('img', { name: wallZhCN.trends.chartLabel })).toBeVisible()
    await expectAxeClean(page, 'wall, trends')

    await page.goto('/wall?scenes=rankings&interval=300')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.rankings)
    await expect(page.getByRole('table', { name: wallZhCN.rankings.districtsCaption })).toBeVisible()
    await expect(page.getByRole('table', { name: wallZhCN.rankings.unitsCaption })).toBeVisible()
    // Every band shown says its band in words, not in colour alone.
    for (const band of await page.locator('main table span[data-band]').all())
      await expect(band).toHaveText(/达标|略低于目标|低于目标/)
    await expectAxeClean(page, 'wall, rankings')
  })

  test('shows the tourism surge on the wall, marks a new alert, and keeps within the smallest screens', async ({
    page,
  }) => {
    // A server of its own: starting it and its first answers take a while.
    test.setTimeout(120_000)
    const server = await ownMockServer(4243, ['--scenario', 'tourism-surge'])
    try {
      const signIn = await page.request.post(`${server.base}/api/v1/session`, {
        data: { username: 'wall', password: 'duban-demo' },
      })
      expect(signIn.ok()).toBe(true)
      // Refresh every 5 s. While `hold` is on, the answers leave out the newest alert; the first
      // answer after it is lifted brings that alert as a new one.
      await page.addInitScript(() => {
        localStorage.setItem(
          'duban.preferences',
          JSON.stringify({ state: { refreshIntervalSeconds: 5 }, version: 1 }),
        )
      })
      let hold = true
      // Without the yellow cards: those the city issues at 08:30 China time each working day are
      // then the newest, and pushed the spikes out of the rows the wall shows (this test failed
      // every working morning from 08:30). The wall is asked for its rows out of all of them.
      await page.route('**/api/v1/alert-summaries*', async (route) => {
        const url = new URL(route.request().url())
        const rows = Number(url.searchParams.get('limit') ?? '5')
        url.searchParams.set('limit', '500')
        const response = await route.fetch({ url: url.toString() })
        const body = (await response.json()) as { items: { type: string }[]; total: number }
        body.items = body.items.filter((item) => item.type !== 'yellowCard')
        if (hold) body.items = body.items.slice(1)
        body.total = body.items.length
        body.items = body.items.slice(0, rows)
        await route.fulfill({ response, json: body })
      })

      for (const size of [
        { width: 1920, height: 1200 },
        { width: 1366, height: 768 },
      ]) {
        await page.setViewportSize(size)
        await page.goto(`${server.base}/wall?scenes=alerts,headline&interval=300`)
        await expectAlertsScene(page, 'zh-CN')
        const spikes = alertsRegion(page, 'zh-CN')
          .locator('li[data-type="spike"]')
          .filter({
            hasText: new RegExp(`${zh.codes.category.tourism}|${zh.codes.category.cateringLodging}`),
          })
        await expect(spikes.first()).toContainText(wallZhCN.alerts.type.spike)
        expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
      }

      // On another scene, the header says so; back on the alerts, the row is marked.
      await page.keyboard.press('ArrowRight')
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)
      hold = false
      const banner = page.locator('header').getByRole('status')
      await expect(banner).toHaveText(/^新预警：.+/, { timeout: 15_000 })
      expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
      await page.keyboard.press('ArrowLeft')
      const fresh = alertsRegion(page, 'zh-CN').locator('li[data-new="true"]')
      await expect(fresh).toHaveCount(1)
      await expect(fresh).toContainText(wallZhCN.alerts.newBadge)
      expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
      await expectAxeClean(page, 'wall, alerts with a new one')
    } finally {
      await server.stop()
    }
  })

  test('in the first minute of a year the channel mix says nothing has come in yet, not "loading"', async ({
    page,
  }) => {
    // 30 s into the year.
    test.setTimeout(90_000)
    const server = await wallServerAt(page, 4285, '2027-01-01T00:00:30+08:00')
    try {
      await page.goto(`${server.base}/wall?scenes=trends&interval=300`)
      const mix = page.getByRole('region', { name: wallZhCN.trends.mixTitle })
      await expect(mix.getByText(wallZhCN.trends.mixEmpty)).toBeVisible({ timeout: 30_000 })
      await expect(mix.getByText(wallZhCN.loading)).toHaveCount(0)
      expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
    } finally {
      await leave(page, server)
    }
  })

  test("the hotspots' longest English names fit, in the wide column when no alert is handled: 2027-02-05 11:20, at 1920×1080 and 1366×768", async ({
    page,
  }) => {
    // "Catering and lodging · Economic Development Zone" rises that week.
    test.setTimeout(90_000)
    const server = await wallServerAt(page, 4286, '2027-02-05T11:20:00+08:00')
    try {
      await speaks(page, 'en')
      const hotspots = page.getByRole('region', { name: wallEn.alerts.hotspotsTitle })
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1366, height: 768 },
      ]) {
        await page.setViewportSize(size)
        await page.goto(`${server.base}/wall?scenes=alerts&interval=300`)
        await expect(hotspots.getByText('Catering and lodging · Economic Development Zone')).toBeVisible({
          timeout: 30_000,
        })
        expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
        // No alert is being handled that day: the hotspots take the wider column.
        const open = alertsRegion(page, 'en')
        await expect(open.getByText(wallEn.alerts.none)).toBeVisible()
        expect((await hotspots.boundingBox())!.width).toBeGreaterThan((await open.boundingBox())!.width)
      }
    } finally {
      await leave(page, server)
    }
  })

  // The ticker's widest rows, each at the instant it was found (the rows depend on the hour):
  // time, kind, category, district, channel and stage in one line ran past the box.
  const widestRows = [
    // "受理决定（初查）" and "经济技术开发区", upright.
    { now: '2026-12-07T13:39:49+08:00', size: { width: 1080, height: 1920 }, language: 'zh-CN' },
    // Just after midnight: every time with yesterday's date.
    { now: '2027-01-01T00:00:25+08:00', size: { width: 1080, height: 1920 }, language: 'zh-CN' },
    // "Economic Development Zone", "Calls and letters", "Catering and lodging".
    { now: '2026-12-14T08:31:10+08:00', size: { width: 1920, height: 1080 }, language: 'en' },
  ] as const
  for (const [index, { now, size, language }] of widestRows.entries()) {
    test(`the ticker's widest rows fit: ${language} at ${size.width}×${size.height}, ${now}`, async ({
      page,
    }) => {
      test.setTimeout(90_000)
      const server = await wallServerAt(page, 4281 + index, now)
      try {
        await speaks(page, language)
        await page.setViewportSize(size)
        await page.goto(`${server.base}/wall?scenes=ticker&interval=300`)
        await expect(page.locator('main tbody tr')).toHaveCount(10, { timeout: 30_000 })
        await expect(page.locator(sceneReady.ticker).first()).toBeVisible()
        expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
      } finally {
        await leave(page, server)
      }
    })
  }
})

/**
 * A mock server of the test's own, its clock stopped at `now` (for rows the data holds only at
 * some instants), the page's clock there too, and the page signed in as the wall. Starting the
 * server and its first answers take a while.
 */
async function wallServerAt(page: Page, port: number, now: string): Promise<OwnMockServer> {
  const server = await ownMockServer(port, ['--now', now])
  try {
    await installClock(page, new Date(now))
    const signIn = await page.request.post(`${server.base}/api/v1/session`, {
      data: { username: 'wall', password: 'duban-demo' },
    })
    expect(signIn.ok()).toBe(true)
    return server
  } catch (error) {
    await server.stop()
    throw error
  }
}

/** Away from the server's pages first (their requests must not outlive it), then stops it. */
async function leave(page: Page, server: OwnMockServer) {
  await page.goto('about:blank')
  await server.stop()
}

/** The wall's pages open in `language`. */
async function speaks(page: Page, language: 'zh-CN' | 'en') {
  await page.addInitScript((lang) => {
    // Not on about:blank, which the tests leave to.
    if (location.protocol === 'http:')
      localStorage.setItem('duban.preferences', JSON.stringify({ state: { language: lang }, version: 1 }))
  }, language)
}

function alertsRegion(page: Page, language: 'zh-CN' | 'en') {
  const texts = language === 'en' ? wallEn : wallZhCN
  return page.getByRole('region', { name: texts.alerts.openTitle })
}

/** The alerts scene has its answers in: the open alerts (or the line saying there are none) and the hotspots. */
async function expectAlertsScene(page: Page, language: 'zh-CN' | 'en') {
  const texts = language === 'en' ? wallEn : wallZhCN
  const open = alertsRegion(page, language)
  await expect(open.getByRole('list').or(open.getByText(texts.alerts.none))).toBeVisible({ timeout: 30_000 })
  const rising = page.getByRole('region', { name: texts.alerts.hotspotsTitle })
  await expect(rising.getByRole('list').or(rising.getByText(texts.alerts.hotspotsNone))).toBeVisible({
    timeout: 30_000,
  })
}
