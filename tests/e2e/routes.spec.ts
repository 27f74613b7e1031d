import { menuButton, routes, zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

test.describe('every route', () => {
  for (const route of routes) {
    test(`${route.path} shows its Chinese heading${route.shell ? ' in the shell' : ' without chrome'}`, async ({
      page,
      isMobile,
    }) => {
      await page.goto(route.path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')

      const nav = page.getByRole('navigation', {
        name: zh.nav.main,
        includeHidden: true,
      })
      const menu = menuButton(page, { includeHidden: true })
      if (!route.shell) {
        await expect(nav).toHaveCount(0)
        await expect(menu).toHaveCount(0)
      } else if (isMobile) {
        await expect(menu).toBeVisible()
        await expect(menu).toHaveAttribute('aria-expanded', 'false')
        await expect(nav).toBeHidden()
      } else {
        await expect(nav).toBeVisible()
        await expect(menu).toBeHidden()
      }
      await expectAxeClean(page, route.path)
    })
  }
})

test(
  'the side navigation moves between pages and marks the current one',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: zh.nav.main })
    await expect(nav.getByRole('link', { name: zh.nav.overview, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await nav.getByRole('link', { name: zh.nav.escalations, exact: true }).click()
    await expect(page).toHaveURL(/\/escalations$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.escalations.title)
    await expect(nav.getByRole('link', { name: zh.nav.escalations, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await expect(nav.getByRole('link', { name: zh.nav.overview, exact: true })).not.toHaveAttribute(
      'aria-current',
      'page',
    )
    await expectAxeClean(page, 'escalations after navigating')
  },
)

test('the navigation sits behind the menu button', { tag: '@phone-only' }, async ({ page }) => {
  await page.goto('/')
  const menu = menuButton(page)
  const nav = page.getByRole('navigation', { name: zh.nav.main })
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(nav).toBeHidden()

  await menu.tap()
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(nav).toBeVisible()
  await expectAxeClean(page, 'open menu')

  await nav.getByRole('link', { name: zh.nav.workOrders, exact: true }).tap()
  await expect(page).toHaveURL(/\/work-orders$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.workOrders.title)
  // Choosing a page closes the menu again.
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(nav).toBeHidden()
})
