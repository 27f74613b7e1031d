import { en, headerSelect, pageBackground, zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

test('the language switches to English and stays English after a reload', async ({ page }) => {
  await page.goto('/')
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(zh.pages.overview.title)

  await (await headerSelect(page, zh.preferences.language)).selectOption({ label: 'English' })
  await expect(heading).toHaveText(en.pages.overview.title)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('link', { name: en.period.today, exact: true })).toBeVisible()

  await page.reload()
  await expect(heading).toHaveText(en.pages.overview.title)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(await headerSelect(page, en.preferences.language)).toHaveValue('en')
  await expectAxeClean(page, 'overview in English')

  await page.goto('/settings')
  await expect(heading).toHaveText(en.pages.settings.title)
  await expectAxeClean(page, 'settings in English')
})

test('the dark theme applies at once and stays after a reload', async ({ page }) => {
  await page.goto('/')
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'light')
  const light = await pageBackground(page)

  await (await headerSelect(page, zh.preferences.theme)).selectOption({ label: zh.preferences.themeDark })
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect.poll(() => pageBackground(page)).not.toBe(light)
  const dark = await pageBackground(page)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
  await expect(html).toHaveAttribute('data-theme', 'dark')
  expect(await pageBackground(page)).toBe(dark)
  await expectAxeClean(page, 'overview, dark')

  // Contrast is checked in the dark theme on the other layouts too.
  for (const path of ['/settings', '/wall', '/sign-in']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await expectAxeClean(page, `${path}, dark`)
  }
})
