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

// A page whose code is not loaded yet, opened while the network is down: a reload then would
// put the browser's error page in place of the app. It waits for the server instead.
test(
  'a page opened while offline waits for the network, offers the page before, and loads itself when it is back',
  { tag: '@desktop-only' },
  async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource/, /Failed to fetch dynamically imported module/)
    let documentLoads = 0
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documentLoads += 1
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
    const received = page.getByRole('article', { name: zh.overview.cards.received.title })
    await expect(received.getByText(/^\d[\d,]*$/)).toBeVisible({ timeout: 30_000 })
    const figure = await received.getByText(/^\d[\d,]*$/).textContent()
    await page.waitForLoadState('networkidle')

    await page.context().setOffline(true)
    const reports = page
      .getByRole('navigation', { name: zh.nav.main })
      .getByRole('link', { name: zh.nav.reports, exact: true })
    await reports.click()
    await expect(page.getByText(zh.errors.chunkUnreachable)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.errors.title)
    await expect(page).toHaveURL(/\/reports$/)
    await page.waitForTimeout(1_500)
    expect(documentLoads).toBe(1)
    await expectAxeClean(page, 'chunk error while offline')

    // The page before is still here, with its figures.
    await page.getByRole('button', { name: zh.errors.back }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
    await expect(received.getByText(/^\d[\d,]*$/)).toHaveText(figure ?? '')

    // Back online, the page that failed loads by itself: one reload, once the server answers.
    await reports.click()
    await expect(page.getByText(zh.errors.chunkUnreachable)).toBeVisible()
    await page.context().setOffline(false)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.reports.title, {
      timeout: 30_000,
    })
    await expect(page).toHaveURL(/\/reports$/)
    expect(documentLoads).toBe(2)
  },
)

// The page's own scripts lost on the way (the network dropped as it loaded): not a blank page.
test(
  'a first load whose scripts are lost says so after a while, instead of staying blank',
  { tag: '@desktop-only' },
  async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/Failed to load resource/)
    await page.route('**/assets/*.js', (route) => route.abort('internetdisconnected'))
    await page.goto('/')
    const notice = page.getByText('督办仍在加载……如长时间停在此处，可能是网络中断')
    // Not at once: a slow connection is still loading, and the notice must not cover the first paint.
    await expect(notice).toBeHidden()
    await expect(notice).toBeVisible({ timeout: 20_000 })
    await expect(page.getByText('duban is still loading… If it stays here')).toBeVisible()
    await expectAxeClean(page, 'first load lost')
  },
)

// Hovering a link preloads its page; offline, that load would fail, and Chromium would keep the
// failure, so the page could not open once the network is back without a reload.
test(
  'links hovered while offline open their pages once the network is back, without a reload',
  { tag: '@desktop-only' },
  async ({ page }) => {
    let documentLoads = 0
    const scriptsAskedOffline: string[] = []
    let offline = false
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documentLoads += 1
      if (offline && request.resourceType() === 'script') scriptsAskedOffline.push(request.url())
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.overview.title)
    await page.waitForLoadState('networkidle')

    offline = true
    await page.context().setOffline(true)
    const hotspots = page
      .getByRole('navigation', { name: zh.nav.main })
      .getByRole('link', { name: zh.nav.hotspots, exact: true })
    await hotspots.hover()
    // A link of the page itself (a card's drill-down), not only the navigation's.
    const drillDown = page.getByRole('main').locator('a[href^="/work-orders"]').first()
    await drillDown.hover()
    await page.waitForTimeout(1_000)
    expect(scriptsAskedOffline).toEqual([])

    offline = false
    await page.context().setOffline(false)
    await drillDown.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.workOrders.title, {
      timeout: 30_000,
    })
    await hotspots.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.hotspots.title, {
      timeout: 30_000,
    })
    expect(documentLoads).toBe(1)
  },
)
