import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

// View state lives in the URL: it must survive a reload and a shared link, and a mangled
// link must still open the page with the defaults.

// The router marks the active link with aria-current="page"; the page itself asks for "true".
const current = /^(page|true)$/

const periods = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: zh.period.label, exact: true })

test('a malformed period falls back to today', async ({ page }) => {
  await page.goto('/?period=bogus')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
  await expect(periods(page).getByRole('link', { name: zh.period.today, exact: true })).toHaveAttribute(
    'aria-current',
    current,
  )
  await expect(periods(page).locator('[aria-current]')).toHaveCount(1)
  // Marked for the eye too, not only for assistive technology.
  const background = (name: string) =>
    periods(page)
      .getByRole('link', { name, exact: true })
      .evaluate((link) => getComputedStyle(link).backgroundColor)
  expect(await background(zh.period.today)).not.toBe(await background(zh.period.week))
  await expectAxeClean(page, 'overview with a bad period')
})

test('the period in the URL survives a reload', async ({ page }) => {
  await page.goto('/?period=month')
  await expect(periods(page).getByRole('link', { name: zh.period.month, exact: true })).toHaveAttribute(
    'aria-current',
    current,
  )
  await page.reload()
  await expect(periods(page).getByRole('link', { name: zh.period.month, exact: true })).toHaveAttribute(
    'aria-current',
    current,
  )
  await expect(periods(page).getByRole('link', { name: zh.period.today, exact: true })).not.toHaveAttribute(
    'aria-current',
  )
})

test('choosing a period updates the URL', async ({ page }) => {
  await page.goto('/')
  await expect(periods(page).getByRole('link', { name: zh.period.today, exact: true })).toHaveAttribute(
    'aria-current',
    current,
  )
  await periods(page).getByRole('link', { name: zh.period.week, exact: true }).click()
  await expect(page).toHaveURL(/[?&]period=week(&|$)/)
  await expect(periods(page).getByRole('link', { name: zh.period.week, exact: true })).toHaveAttribute(
    'aria-current',
    current,
  )
  await page.goBack()
  await expect(periods(page).getByRole('link', { name: zh.period.today, exact: true })).toHaveAttribute(
    'aria-current',
    current,
  )
})

test('malformed work-order filters still open the page', async ({ page }) => {
  await page.goto('/work-orders?status=nonsense&q=' + 'x'.repeat(500))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.workOrders.title)
})
