import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

// After a redeploy, an open tab asks for chunk files that no longer exist. The app reloads
// once to get the new build; when that does not help it explains and offers a button,
// instead of reloading for ever.
// One screen size is enough: the recovery does not depend on the layout.
test(
  'a route chunk that fails to load reloads once, then explains',
  { tag: '@desktop-only' },
  async ({ page, allowConsoleErrors }) => {
    // The browser logs each blocked chunk request, and the router reports the failed import.
    allowConsoleErrors(/Failed to load resource/, /Failed to fetch dynamically imported module/)

    const loadedScripts = new Set<string>()
    let documentLoads = 0
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documentLoads += 1
    })
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) loadedScripts.add(response.url())
    })

    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
    expect(documentLoads).toBe(1)

    // "Redeploy": every script the tab has not fetched yet is gone from the server.
    await page.route('**/assets/*.js', (route) =>
      loadedScripts.has(route.request().url()) ? route.continue() : route.abort(),
    )

    const settingsLink = page
      .getByRole('navigation', { name: zh.nav.main })
      .getByRole('link', { name: zh.nav.settings, exact: true })
    // Hovering preloads the route (defaultPreload 'intent'); a failed preload must not reload.
    await settingsLink.hover()
    await page.waitForTimeout(1_000)
    expect(documentLoads).toBe(1)

    await settingsLink.click()

    await expect(page.getByText(zh.errors.chunkFailed)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.errors.title)
    await expect(page.getByRole('button', { name: zh.errors.reload })).toBeVisible()
    await expect(page).toHaveURL(/\/settings$/)
    // Exactly one automatic reload, and none after the message appeared.
    expect(documentLoads).toBe(2)
    await page.waitForTimeout(1_500)
    expect(documentLoads).toBe(2)
    await expectAxeClean(page, 'chunk error')
  },
)
