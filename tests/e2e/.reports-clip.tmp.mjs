import { chromium } from 'playwright-core'
const [,, path, lang, theme, width, height, y, out] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height) }, timezoneId: 'America/New_York' })
await context.addInitScript((s) => localStorage.setItem('duban.preferences', JSON.stringify({ state: s, version: 1 })), { language: lang, theme })
const page = await context.newPage()
await page.request.post('http://localhost:4231/api/v1/session', { data: { username: 'director', password: 'duban-demo' } })
await page.goto('http://localhost:4231' + path)
await page.getByRole('heading', { level: 2 }).first().waitFor()
await page.waitForLoadState('networkidle')
await page.waitForTimeout(800)
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: Number(height) } })
await browser.close()
