import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

// What is rising, on the production build against the mock API: the ranking, the heat map, and
// a selected row's trend with its baseline band.

// Baselines reach back 8 weeks, and a Golden Week's to the same holiday 3 years earlier: a cold
// simulator builds those days on first use.
test.describe.configure({ timeout: 120_000 })
const firstData = { timeout: 60_000 }

test('the ranking and heat map show; a selected row shows its trend; a copied link opens the same view', async ({
  page,
}) => {
  await page.goto('/hotspots')
  const ranking = page.getByRole('region', { name: zh.hotspotRises.ranking.title })
  const table = ranking.getByRole('table')
  await expect(table).toBeVisible(firstData)
  await expect(page.getByRole('heading', { name: zh.hotspotRises.method.title })).toBeVisible()
  // Every category is a row, each with a status in words.
  const rows = table.getByRole('row')
  await expect(rows).toHaveCount(15)
  await expect(table.getByText(/上升|正常/).first()).toBeVisible()

  const heatmap = page.getByRole('region', { name: zh.hotspotRises.heatmap.title })
  await expect(heatmap.getByRole('img', { name: zh.hotspotRises.heatmap.chartLabel })).toBeVisible()
  await expect(heatmap.locator('svg').first()).toBeVisible(firstData)

  // Select the third row: its trend opens, and the URL keeps it.
  const third = rows.nth(3).getByRole('rowheader').getByRole('button')
  const name = (await third.textContent())!.trim()
  await third.click()
  await expect(page).toHaveURL(/row=/)
  const trend = page.getByRole('region', { name: zh.hotspotRises.trend.title.replace('{{name}}', name) })
  await expect(trend).toBeVisible(firstData)
  await expect(trend.locator('svg').first()).toBeVisible(firstData)

  // Another dimension, then a reload: the same view.
  await ranking.getByRole('button', { name: zh.hotspotRises.dimension.unit }).click()
  await expect(page).toHaveURL(/dimension=unit/)
  await expect(table.getByRole('row').nth(1)).toBeVisible(firstData)
  await page.reload()
  await expect(ranking.getByRole('button', { name: zh.hotspotRises.dimension.unit })).toHaveAttribute(
    'aria-pressed',
    'true',
    firstData,
  )
  await expect(table.getByRole('row').nth(1)).toBeVisible(firstData)
  // A wide ranking scrolls in its box: the page is never wider than the screen (a phone's).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectAxeClean(page, 'hotspots, units')
})
