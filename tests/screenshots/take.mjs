// Screenshots of every screen, as its users see them: zh-CN light and en dark, at the desk
// (1440x900), on a phone (390x844) and on the wall (1920x1080). Builds the production bundle,
// serves it with the production CSP on the mock API as the demo director, and writes PNGs to tests/screenshots/out/ for a person to
// look at. `npm run screenshots [-- route-name ...]` limits the run to some screens;
// `--scenario=backlog` (any simulator scenario) shoots that city instead, into files named after it;
// `--sizes=portrait` (or `desk,wall`...) chooses the sizes, the upright wall screen among them.
/* global document, window -- used in functions that run in the page (page.evaluate) */
import { spawn, execSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from 'playwright-core'
import { chromiumArgs, installHint, resolveChromium } from '../e2e/support/chromium-path.mjs'

const port = 4175
const base = `http://localhost:${port}`
const outDir = new URL('./out/', import.meta.url).pathname

const screens = {
  overview: '/',
  'overview-month': '/?period=month',
  'work-orders': '/work-orders',
  'work-orders-overdue': '/work-orders?status=overdue&sort=-overdueDuration',
  'work-orders-stage': '/work-orders?status=open&stage=signed&sort=dueAt',
  escalations: '/escalations',
  hotspots: '/hotspots',
  reports: '/reports',
  settings: '/settings',
  wall: '/wall',
  'wall-trends': '/wall?scenes=trends',
  'wall-rankings': '/wall?scenes=rankings',
  'wall-alerts': '/wall?scenes=alerts',
  'wall-ticker': '/wall?scenes=ticker',
  'sign-in': '/sign-in',
  'not-found': '/no-such-page',
}
const sizes = {
  desk: { viewport: { width: 1440, height: 900 }, scale: 1, mobile: false },
  phone: { viewport: { width: 390, height: 844 }, scale: 2, mobile: true },
  wall: { viewport: { width: 1920, height: 1080 }, scale: 1, mobile: false },
  // A wall screen mounted upright; shot only when asked for (`--sizes=portrait`).
  portrait: { viewport: { width: 1080, height: 1920 }, scale: 1, mobile: false },
}
const defaultSizes = ['desk', 'phone', 'wall']
const modes = {
  'zh-light': { language: 'zh-CN', theme: 'light' },
  'en-dark': { language: 'en', theme: 'dark' },
}

const scenarioArg = process.argv.slice(2).find((arg) => arg.startsWith('--scenario='))
const scenario = scenarioArg?.slice('--scenario='.length)
const sizesArg = process.argv.slice(2).find((arg) => arg.startsWith('--sizes='))
const chosenSizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',') : defaultSizes
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const chosen = Object.entries(screens).filter(([name]) => only.length === 0 || only.includes(name))

const browserPath = resolveChromium()
if (browserPath.path === undefined) {
  console.error(`${browserPath.problem} ${installHint}`)
  process.exit(1)
}

execSync('npm run build', { stdio: 'inherit' })
// The mock HTTP server serves dist/ with the production CSP and the simulated API.
const serverArgs = ['tsx', 'mocks/server/mock-server.ts', '--port', String(port)]
if (scenario) serverArgs.push('--scenario', scenario)
const server = spawn('npx', serverArgs, {
  stdio: 'ignore',
  detached: true,
})
try {
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(base)).ok) break
    } catch {
      if (attempt > 100) throw new Error(`the preview server did not start on ${base}`)
      await sleep(200)
    }
  }
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch({
    executablePath: browserPath.path,
    args: [...chromiumArgs],
  })
  for (const [sizeName, size] of Object.entries(sizes).filter(([name]) => chosenSizes.includes(name))) {
    for (const [modeName, preferences] of Object.entries(modes)) {
      const context = await browser.newContext({
        viewport: size.viewport,
        deviceScaleFactor: size.scale,
        isMobile: size.mobile,
        hasTouch: size.mobile,
        // China time must not depend on the viewer's zone.
        timezoneId: 'America/New_York',
      })
      await context.addInitScript((state) => {
        localStorage.setItem('duban.preferences', JSON.stringify({ state, version: 1 }))
      }, preferences)
      const page = await context.newPage()
      const signIn = await page.request.post(`${base}/api/v1/session`, {
        data: { username: 'director', password: 'duban-demo' },
      })
      if (!signIn.ok()) throw new Error(`signing in as the director failed: HTTP ${signIn.status()}`)
      for (const [name, path] of chosen) {
        await page.goto(base + path)
        await page.getByRole('heading', { level: 1 }).waitFor()
        // Panels and notices fill in after the heading: shoot once the API has answered. Panels
        // below the fold load when scrolled near: pass over the page first, as a reader would.
        await page.waitForLoadState('networkidle')
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
            window.scrollTo(0, y)
            await new Promise((resolve) => setTimeout(resolve, 150))
          }
          window.scrollTo(0, 0)
        })
        await page.waitForLoadState('networkidle')
        const file = `${outDir}${name}${scenario ? `-${scenario}` : ''}-${sizeName}-${modeName}.png`
        await page.screenshot({ path: file, fullPage: true })
        console.log(file)
      }
      await context.close()
    }
  }
  await browser.close()
} finally {
  process.kill(-server.pid)
}
