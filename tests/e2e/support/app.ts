import type { Locator, Page } from '@playwright/test'
import { en } from '../../../src/shared/i18n/resources/en'
import { zhCN } from '../../../src/shared/i18n/resources/zh-cn-full'

/** The UI texts, straight from the app's dictionaries: tests assert what the user reads. */
export const zh = zhCN
export { en }

/** Every route, with the h1 it shows and whether the shell (navigation) surrounds it. */
export const routes = [
  { path: '/', heading: zh.pages.overview.title, shell: true },
  { path: '/work-orders', heading: zh.pages.workOrders.title, shell: true },
  { path: '/escalations', heading: zh.pages.escalations.title, shell: true },
  { path: '/approvals', heading: zh.approvals.title, shell: true },
  { path: '/hotspots', heading: zh.pages.hotspots.title, shell: true },
  { path: '/reports', heading: zh.pages.reports.title, shell: true },
  // The wall's h1 reads "督办 · 大屏".
  {
    path: '/wall',
    heading: `${zh.app.name} · ${zh.pages.wall.title}`,
    shell: false,
  },
  { path: '/settings', heading: zh.pages.settings.title, shell: true },
  { path: '/sign-in', heading: zh.pages.signIn.title, shell: false },
] as const

/** The colour the user sees behind the page: body's own, else the root's (CSS propagates it). */
export function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    const transparent = (c: string) => c === 'transparent' || c === 'rgba(0, 0, 0, 0)'
    const body = getComputedStyle(document.body).backgroundColor
    return transparent(body) ? getComputedStyle(document.documentElement).backgroundColor : body
  })
}

/**
 * The phone's menu button. Its name is "菜单", followed by the count of items awaiting approval
 * when there are any ("菜单 1 项待审批"): how many depends on the hour the tests run.
 */
export function menuButton(page: Page, options: { includeHidden?: boolean } = {}): Locator {
  return page.getByRole('button', { name: new RegExp(`^(${zh.nav.menu}|${en.nav.menu})( |$)`), ...options })
}

/**
 * A select of the header's toolbar (language, theme). On a phone the toolbar may sit behind the
 * menu button, so the menu is opened first when the select is not already on screen.
 */
export async function headerSelect(page: Page, name: string): Promise<Locator> {
  const banner = page.getByRole('banner')
  await banner.waitFor()
  const select = banner.getByRole('combobox', { name, exact: true })
  const menu = menuButton(page)
  if (!(await select.isVisible()) && (await menu.isVisible())) {
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
  }
  return select
}
