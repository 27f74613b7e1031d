import type { Locator, Page } from '@playwright/test'
import { zh } from './support/app'
import { expect, test } from './support/fixtures'
import { installClock } from './support/test-clock'
import { ownMockServer, type OwnMockServer } from './support/own-mock-server'

// The wall's own texts live with its page (src/pages/wall/wall.zh-cn.ts).
import { wallZhCN } from '../../src/pages/wall/wall.zh-cn'

// The wall runs unattended for days: it must survive a server outage, a lost session and a
// deployment without anyone at the keyboard, and never show personal data. The browser's clock
// is driven (page.clock) so that minutes of polling take seconds. Servers of these tests' own
// run on ports 4232-4239 (other specs use 4191-4200).

test.describe.configure({ timeout: 120_000 })

const firstData = { timeout: 45_000 }
declare global {
  interface Window {
    /** Set by a test before an event: still there afterwards means the page was not reloaded. */
    __wallMarker?: string
  }
}

async function signInOn(page: Page, server: OwnMockServer, username = 'wall'): Promise<void> {
  const response = await page.request.post(`${server.base}/api/v1/session`, {
    data: { username, password: 'duban-demo' },
  })
  expect(response.ok()).toBe(true)
}

/**
 * Leaves the wall before stopping its server: killed under a poll in flight, the server would cut
 * an answer short, which the browser logs as an error the test did not cause.
 */
async function leaveThenStop(page: Page, server: OwnMockServer): Promise<void> {
  if (!page.isClosed()) await page.goto('about:blank')
  await server.stop()
}

/** The year's figures of the headline scene, once every one of them has its value. */
async function yearFigures(page: Page): Promise<Locator> {
  const year = page.getByRole('region', { name: wallZhCN.year, exact: true })
  await expect(year.locator('[data-figure="received"]')).toContainText(/\d/, firstData)
  await expect(year.getByText('—')).toHaveCount(0)
  return year
}

/** Moves the page's clock on by `seconds`, in half-minute steps, letting requests settle. */
async function letTimePass(page: Page, seconds: number): Promise<void> {
  for (let left = seconds; left > 0; left -= 30) {
    await page.clock.fastForward(Math.min(30, left) * 1000)
    await page.waitForTimeout(150)
  }
}

test.describe('the wall display, unattended', { tag: '@desktop-only' }, () => {
  test.describe('on a server of its own', () => {
    test.use({ signedInAs: null })

    test('keeps its figures while the server is down, says how old they are, and recovers without a reload', async ({
      page,
      allowConsoleErrors,
    }) => {
      // Each poll against the stopped server is logged by the browser.
      allowConsoleErrors(/Failed to load resource/)
      const server = await ownMockServer(4232)
      try {
        await signInOn(page, server)
        await installClock(page)
        await page.goto(`${server.base}/wall?scenes=headline&interval=300`)
        const year = await yearFigures(page)
        const figures = await year.textContent()
        await expect(page.getByText(`⚠ ${wallZhCN.staleWarn}`)).toHaveCount(0)
        await page.evaluate(() => {
          window.__wallMarker = 'before the outage'
        })

        await server.stop()
        // Three minutes of failed polls: more than two refresh intervals (30 s) without news.
        await letTimePass(page, 180)
        await expect(page.getByText(`⚠ ${wallZhCN.staleWarn}`)).toBeVisible()
        // The last figures stay, with their time.
        await expect(year).toHaveText(figures ?? '')
        await expect(page.getByText(/^数据时间 \d\d:\d\d$/)).toBeVisible()
        // Nothing else on screen: no error page, no sign-in.
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)
        await expect(page.getByText(`⚠ ${wallZhCN.session.signInNeeded}`)).toHaveCount(0)

        // Ten minutes out: the warning becomes an error.
        await letTimePass(page, 450)
        await expect(page.getByText(`⛔ ${wallZhCN.staleError}`)).toBeVisible()
        await expect(year).toHaveText(figures ?? '')

        // The server is back (same state file: the wall's session survives). The polls, backed off
        // to at most two minutes meanwhile, find it.
        await server.start()
        await expect(async () => {
          await letTimePass(page, 30)
          await expect(page.getByText(/过时/)).toHaveCount(0, { timeout: 1_000 })
        }).toPass({ timeout: 45_000 })
        await expect(year.locator('[data-figure="received"]')).toContainText(/\d/)
        expect(await page.evaluate(() => window.__wallMarker)).toBe('before the outage')
      } finally {
        await leaveThenStop(page, server)
      }
    })

    test('reloads after a deployment only when the next scene starts, and comes back to that scene', async ({
      page,
    }) => {
      const server = await ownMockServer(4233)
      try {
        await signInOn(page, server)
        let documentLoads = 0
        page.on('request', (request) => {
          if (request.resourceType() === 'document') documentLoads += 1
        })
        // "Deploy": index.html, when the wall asks for it in the background, names another entry.
        let polled = 0
        await page.route(
          (url) => url.pathname === '/',
          async (route) => {
            if (route.request().resourceType() !== 'fetch') return route.fallback()
            polled += 1
            const response = await route.fetch()
            const html = (await response.text()).replace(
              /\/assets\/index-[\w-]+\.js/,
              '/assets/index-NEWBUILD1.js',
            )
            return route.fulfill({ response, body: html })
          },
        )
        await installClock(page)
        await page.goto(`${server.base}/wall?scenes=headline,ticker&interval=300`)
        await yearFigures(page)
        // Two minutes in, someone steps round to the headline again: it starts its five minutes anew.
        await letTimePass(page, 120)
        await page.keyboard.press('ArrowRight')
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.ticker)
        await page.keyboard.press('ArrowRight')
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)
        await page.evaluate(() => {
          window.__wallMarker = 'before the deployment'
        })

        // The wall's check (five minutes after it opened) sees the new build in the middle of the
        // headline's time: nothing happens yet.
        await letTimePass(page, 210)
        await expect.poll(() => polled).toBeGreaterThan(0)
        await page.waitForTimeout(500)
        expect(documentLoads).toBe(1)
        // Paused by someone looking at it: not even when the scene's time is up.
        await page.keyboard.press(' ')
        await letTimePass(page, 150)
        await page.waitForTimeout(500)
        expect(documentLoads).toBe(1)
        expect(await page.evaluate(() => window.__wallMarker)).toBe('before the deployment')
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)

        // Resumed: when the next scene (the ticker) starts, the wall reloads, and comes back to it
        // rather than to the first scene.
        await page.unroute((url) => url.pathname === '/')
        await page.keyboard.press(' ')
        await letTimePass(page, 120)
        await expect.poll(() => documentLoads).toBe(2)
        await expect(page.getByText('第 2 / 2 屏：最新工单')).toBeVisible()
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.ticker)
        expect(await page.evaluate(() => window.__wallMarker)).toBeUndefined()
        await expect(page.getByRole('table')).toBeVisible()
      } finally {
        await leaveThenStop(page, server)
      }
    })

    test('a chart chunk lost with the network: no reload while the server is unreachable, one at the next scene once it answers', async ({
      page,
      allowConsoleErrors,
    }) => {
      allowConsoleErrors(/Failed to load resource/)
      const server = await ownMockServer(4236)
      try {
        await signInOn(page, server)
        let documentLoads = 0
        page.on('request', (request) => {
          if (request.resourceType() === 'document') documentLoads += 1
        })
        // The network drops as the trends scene asks for the chart library, and stays down for
        // anything but the API (which the wall's figures keep polling): its index page too.
        const chunk = (url: URL) => /\/assets\/echarts-chart-[\w-]+\.js$/.test(url.pathname)
        const index = (url: URL) => url.pathname === '/'
        await page.route(chunk, (route) => route.abort('internetdisconnected'))
        await page.route(index, (route) =>
          route.request().resourceType() === 'fetch' ? route.abort('internetdisconnected') : route.fallback(),
        )
        await installClock(page)
        await page.goto(`${server.base}/wall?scenes=trends,headline&interval=60`)
        await expect(page.getByRole('alert').filter({ hasText: zh.panel.chartFailed })).toBeVisible(firstData)
        await page.evaluate(() => {
          window.__wallMarker = 'before the next scene'
        })
        // The next scene: the wall would reload now, but nothing answers.
        await letTimePass(page, 90)
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.headline)
        expect(documentLoads).toBe(1)
        expect(await page.evaluate(() => window.__wallMarker)).toBe('before the next scene')

        // The network is back: at the next scene the wall reloads, and draws its chart.
        await page.unroute(chunk)
        await page.unroute(index)
        await expect(async () => {
          await letTimePass(page, 30)
          expect(documentLoads).toBe(2)
        }).toPass({ timeout: 45_000 })
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(wallZhCN.scenes.trends, firstData)
        await expect(page.locator('[data-chart-renderer]')).toBeVisible(firstData)
      } finally {
        await leaveThenStop(page, server)
      }
    })

    test('shows no phone or ID number anywhere, in any scene, on hostile text and a backlog', async ({
      page,
    }) => {
      const server = await ownMockServer(4234, ['--scenario', 'hostile-text'])
      try {
        await signInOn(page, server)
        for (const scenario of ['hostile-text', 'backlog'] as const) {
          if (scenario !== 'hostile-text') {
            const switched = await page.request.put(`${server.base}/api/v1/__mock/scenario`, {
              data: { scenario },
            })
            expect(switched.ok()).toBe(true)
          }
          await page.goto(`${server.base}/wall?interval=300`)
          await yearFigures(page)
          const label = await page.getByText(/^第 1 \/ \d+ 屏/).textContent()
          const count = Number(/\/ (\d+) 屏/.exec(label ?? '')?.[1])
          expect(count).toBeGreaterThan(1)
          for (let scene = 1; scene <= count; scene += 1) {
            await expect(page.getByText(new RegExp(`^第 ${scene} / ${count} 屏`))).toBeVisible()
            await expect(page.getByText(wallZhCN.loading)).toHaveCount(0, firstData)
            await page.waitForLoadState('networkidle')
            const found = await page.evaluate(personalNumbersOnPage)
            expect(found, `${scenario}, scene ${scene}`).toEqual([])
            await page.keyboard.press('ArrowRight')
          }
        }
      } finally {
        await leaveThenStop(page, server)
      }
    })
  })

  test.describe('signed in on the shared server', () => {
    test.use({ signedInAs: 'wall' })

    test('a lost session shows "sign-in needed" over the last figures, never the sign-in page, and recovers', async ({
      page,
      allowConsoleErrors,
    }) => {
      // The polls answered 401 while signed out.
      allowConsoleErrors(/Failed to load resource/)
      await installClock(page)
      await page.goto('/wall?scenes=headline&interval=300')
      const year = await yearFigures(page)
      const figures = await year.textContent()
      await page.evaluate(() => {
        window.__wallMarker = 'before the sign-out'
      })

      // Signed out from elsewhere in this browser (page.request shares the page's cookies).
      const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }
      const signOut = await page.request.delete('/api/v1/session', {
        headers: { 'X-CSRF-Token': me.csrfToken },
      })
      expect(signOut.status()).toBe(204)

      await letTimePass(page, 60)
      const banner = page.getByRole('status').filter({ hasText: wallZhCN.session.signInNeeded })
      await expect(banner).toBeVisible()
      await expect(banner).toContainText('请管理员在此屏幕打开 /sign-in?redirect=/wall')
      await expect(banner.getByRole('link', { name: '/sign-in?redirect=/wall' })).toHaveAttribute(
        'href',
        `/sign-in?redirect=${encodeURIComponent('/wall?scenes=headline&interval=300')}`,
      )
      await expect(year).toHaveText(figures ?? '')
      await expect(page).toHaveURL(/\/wall\?scenes=headline&interval=300$/)
      await expect(page.getByRole('textbox')).toHaveCount(0)
      // It keeps asking, but never leaves.
      await letTimePass(page, 120)
      await expect(page).toHaveURL(/\/wall\?/)
      await expect(banner).toBeVisible()

      // An administrator signs the screen in again (another tab: the same cookie jar).
      await page.request.post('/api/v1/session', { data: { username: 'wall', password: 'duban-demo' } })
      await expect(async () => {
        await letTimePass(page, 30)
        await expect(banner).toHaveCount(0, { timeout: 1_000 })
      }).toPass({ timeout: 30_000 })
      await expect(year.locator('[data-figure="received"]')).toContainText(/\d/)
      expect(await page.evaluate(() => window.__wallMarker)).toBe('before the sign-out')
    })
  })
})

/**
 * Phone numbers (mobiles with or without +86 and separators, landlines with an area code) and
 * 15- or 18-digit ID numbers in the page's text (charts' SVG text included) and in every
 * attribute value but a chart's geometry, whose coordinates in mid-animation run to 15 digits
 * ("0.000015258789062"); full-width digits are read as digits. Runs in the page.
 */
function personalNumbersOnPage(): string[] {
  const patterns = [
    /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g,
    /(?<!\d)0\d{2,3}[\s-]?\d{7,8}(?!\d)/g,
    /(?<!\d)(?:\d{17}[\dXx]|\d{15})(?![\dXx])/g,
  ]
  const geometry = new Set(['d', 'points', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r'])
  const texts = [document.title, document.body.innerText]
  for (const text of document.querySelectorAll('svg text, svg title')) texts.push(text.textContent)
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (!(element instanceof SVGElement && geometry.has(attribute.name))) texts.push(attribute.value)
    }
  }
  const found: string[] = []
  for (const text of texts) {
    const normalized = text.normalize('NFKC')
    for (const pattern of patterns) for (const match of normalized.matchAll(pattern)) found.push(match[0])
  }
  return found
}
