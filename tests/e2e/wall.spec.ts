import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

// The wall's own texts live with its page (src/pages/wall/wall.zh-cn.ts).
import { wallZhCN } from '../../src/pages/wall/wall.zh-cn'

test.use({ signedInAs: 'wall' })

/** The screens a wall may be: full HD, 4K, a wide double screen, 16:10 and an old laptop. */
const sizes = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 3840, height: 1080 },
  { width: 1920, height: 1200 },
  { width: 1366, height: 768 },
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
    test(`nothing overflows at ${size.width}×${size.height} in ${language}, in any scene`, async ({
      page,
    }) => {
      // Four scenes, the trends' chart among them, on a machine shared with other suites.
      test.setTimeout(60_000)
      if (language === 'en') {
        await page.addInitScript(() => {
          localStorage.setItem('duban.preferences', JSON.stringify({ state: { language: 'en' }, version: 1 }))
        })
      }
      await page.setViewportSize(size)
      for (const [scene, ready] of Object.entries(sceneReady)) {
        await page.goto(`/wall?scenes=${scene}&interval=300`)
        await expect(page.locator('main')).toHaveAttribute('data-scene', scene)
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        // The figures are in (no loading line left).
        await expect(page.getByText(/正在加载|Loading/)).toHaveCount(0)
        // The chart's library is a chunk of its own: a busy machine may take a while to load it.
        await expect(page.locator(ready).first()).toBeVisible({ timeout: 15_000 })
        expect(await page.evaluate(overflow)).toEqual({ page: false, clipped: [], outside: [] })
      }
    })
  }

  test('is dark and passes axe in both scenes', async ({ page }) => {
    await page.goto('/wall?scenes=headline,ticker&interval=300')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)
    await expect(page.locator('[data-figure]').first()).toBeVisible()
    const background = await page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor)
    expect(background).toBe('rgb(11, 18, 32)')
    await expectAxeClean(page, 'wall, headline')
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
})
