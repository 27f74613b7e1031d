import { chromium } from 'playwright-core'
const base = 'http://localhost:4231'
const path = process.argv[2] ?? '/reports'
const only = process.argv[3]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const sizes = { desk: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } }
const modes = { 'zh-light': { language: 'zh-CN', theme: 'light' }, 'en-dark': { language: 'en', theme: 'dark' }, 'zh-dark': { language: 'zh-CN', theme: 'dark' }, 'en-light': { language: 'en', theme: 'light' } }
for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const [modeName, state] of Object.entries(modes)) {
    if (only && !`${sizeName}-${modeName}`.includes(only)) continue
    const context = await browser.newContext({ viewport, deviceScaleFactor: sizeName === 'phone' ? 2 : 1, timezoneId: 'America/New_York' })
    await context.addInitScript((s) => localStorage.setItem('duban.preferences', JSON.stringify({ state: s, version: 1 })), state)
    const page = await context.newPage()
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()) })
    await page.request.post(`${base}/api/v1/session`, { data: { username: 'director', password: 'duban-demo' } })
    await page.goto(base + path)
    await page.getByRole('heading', { level: 2 }).first().waitFor()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(800)
    const file = `/work/shots/reports/reports-${sizeName}-${modeName}.png`
    await page.screenshot({ path: file, fullPage: true })
    console.log(file)
    await context.close()
  }
}
await browser.close()
