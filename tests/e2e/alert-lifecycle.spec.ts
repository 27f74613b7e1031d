import type { Locator, Page } from '@playwright/test'
import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'
import { installClock } from './support/test-clock'
import { ownMockServer } from './support/own-mock-server'
import { wallZhCN } from '../../src/pages/wall/wall.zh-cn'

const texts = zh.alertLifecycle

/**
 * The surge city's evening, on the server and in the browsers: at a time of day of its own the
 * overview's newest five alerts may all be yellow cards (raised at 08:30 on working days), and
 * the spike would not be among them.
 */
const asOf = '2026-11-28T20:00:00+08:00'
/** The start of the plan, an hour later, as a `datetime-local` value in China time. */
const planStart = '2026-11-28T21:00'

async function signIn(page: Page, base: string, username: 'director' | 'wall') {
  const response = await page.request.post(`${base}/api/v1/session`, {
    data: { username, password: 'duban-demo' },
  })
  expect(response.ok()).toBe(true)
}

/** The open tourism (or catering) surge's entry in the alerts section. */
function surgeEntry(page: Page): Locator {
  return page
    .getByRole('region', { name: texts.title })
    .locator('li[data-type="spike"]')
    .filter({ hasText: new RegExp(`${zh.codes.category.tourism}|${zh.codes.category.cateringLodging}`) })
    .first()
}

test.describe('the alert lifecycle', { tag: '@desktop-only' }, () => {
  test('the tourism surge raises an alert; a director acknowledges it and sends a task force; the wall shows it', async ({
    page,
    browser,
  }) => {
    // A server of its own with the surge: starting it and its first answers take a while.
    test.setTimeout(180_000)
    const server = await ownMockServer(4254, ['--scenario', 'tourism-surge', '--now', asOf])
    try {
      await installClock(page, new Date(asOf))
      await signIn(page, server.base, 'director')
      // From the Overview's strip to the alert's entry on Hotspots.
      await page.goto(`${server.base}/`)
      const strip = page.getByRole('region', { name: zh.alertsStrip.title })
      const stripSpike = strip.locator('a[data-type="spike"]').first()
      await expect(stripSpike).toBeVisible({ timeout: 30_000 })
      await stripSpike.click()
      await expect(page).toHaveURL(/\/hotspots#alert-sp-/)
      const alertId = new URL(page.url()).hash.slice('#alert-'.length)
      await expect(page.locator(`[id="alert-${alertId}-title"]`)).toBeFocused({ timeout: 30_000 })

      const entry = surgeEntry(page)
      await expect(entry).toContainText(texts.status.open, { timeout: 30_000 })
      await expect(entry).toContainText(texts.kind.spike)
      await expectAxeClean(page, 'hotspots, alerts')

      await entry.getByRole('button', { name: texts.actions.acknowledge }).click()
      await expect(entry.getByRole('status')).toHaveText(texts.actions.acknowledged)
      await expect(entry.locator('[data-status]')).toHaveText(texts.status.acknowledged)
      await expect(entry).toContainText('王建国 确认')

      await entry.getByRole('button', { name: texts.actions.activatePlan }).click()
      const form = entry.getByRole('form', { name: texts.actions.planForm })
      await form.getByLabel(texts.actions.planCode).selectOption({ label: texts.plan.code.taskForce })
      await form.getByLabel(texts.actions.lead).fill('李海燕')
      await form.getByLabel(texts.actions.startsAt).fill(planStart)
      await form.getByLabel(texts.actions.note).fill('旅游投诉工作专班进驻景区')
      await form.getByRole('button', { name: texts.actions.activate }).click()
      await expect(entry.locator('[data-status]')).toHaveText(texts.status.planActivated)
      await expect(entry).toContainText(/预案：工作专班，负责人 李海燕/)
      await expect(entry).toContainText('王建国 启动预案')
      await expectAxeClean(page, 'hotspots, a plan activated')

      // The wall, in a browser of its own: the alert is shown in hand, with its plan, no names.
      const wallContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
      try {
        await installClock(wallContext, new Date(asOf))
        const wall = await wallContext.newPage()
        await signIn(wall, server.base, 'wall')
        await wall.goto(`${server.base}/wall?scenes=alerts&interval=300`)
        const handled = wall
          .getByRole('region', { name: wallZhCN.alerts.openTitle })
          .locator(`li[data-type="spike"]`)
          .filter({ hasText: `${wallZhCN.alerts.state.planActivated}：${wallZhCN.alerts.plan.taskForce}` })
        await expect(handled).toHaveCount(1, { timeout: 30_000 })
        await expect(wall.locator('main')).not.toContainText('李海燕')
        await expect(wall.locator('main')).not.toContainText('王建国')
        await expectAxeClean(wall, 'wall, alerts with a plan')
      } finally {
        await wallContext.close()
      }
    } finally {
      await server.stop()
    }
  })
})
