import { menuButton, zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

test('an unknown address shows the not-found page inside the shell', async ({ page, isMobile }) => {
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.notFound.title)
  await expect(page.getByText(zh.notFound.body.replace('{{path}}', '/no-such-page'))).toBeVisible()
  // The shell stays around it, so the user can navigate on.
  if (isMobile) await expect(menuButton(page)).toBeVisible()
  else await expect(page.getByRole('navigation', { name: zh.nav.main })).toBeVisible()
  await expectAxeClean(page, 'not found')

  await page.getByRole('main').getByRole('link', { name: zh.notFound.home }).click()
  await expect(page).toHaveURL((url) => url.pathname === '/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
})
