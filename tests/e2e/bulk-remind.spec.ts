import type { Page } from '@playwright/test'
import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'
import { ownMockServer, type OwnMockServer } from './support/own-mock-server'

// A director reminds several overdue work orders in one action from the list, on the production
// build against a mock server of the test's own (its reminders must not change what other tests
// read), on a desk and on a phone.

test.describe.configure({ timeout: 120_000 })
test.use({ signedInAs: null })

const firstData = { timeout: 45_000 }
const note = '请于今日下班前书面反馈'

/** A server per project (the desktop and phone runs go side by side). */
function port(): number {
  return 4199 + (test.info().project.name === 'phone' ? 1 : 0)
}

async function signedIn(page: Page, server: OwnMockServer): Promise<void> {
  const response = await page.request.post(`${server.base}/api/v1/session`, {
    data: { username: 'director', password: 'duban-demo' },
  })
  expect(response.ok()).toBe(true)
}

async function reminderCount(page: Page, server: OwnMockServer, id: string): Promise<number> {
  const response = await page.request.get(`${server.base}/api/v1/work-orders/${id}`)
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { reminders: unknown[] }).reminders.length
}

test('a director chooses three overdue items, reminds them by phone in one action, and each records it', async ({
  page,
}) => {
  // A unit falling behind: plenty of overdue items.
  const server = await ownMockServer(port(), ['--scenario', 'backlog'])
  try {
    await signedIn(page, server)
    await page.goto(`${server.base}/work-orders?status=overdue`)
    const list = page.getByRole('region', { name: zh.workOrders.list.title })
    const rows = list.locator('tbody tr[data-index]')
    await expect(rows.nth(3)).toBeVisible(firstData)
    const ids = (await list.locator('tbody').getByRole('rowheader').allTextContents()).slice(0, 3)
    const before = await Promise.all(ids.map((id) => reminderCount(page, server, id)))

    for (const id of ids) {
      await list.getByRole('checkbox', { name: zh.workOrderTable.select.row.replace('{{id}}', id) }).check()
    }
    const bar = page.getByRole('group', { name: zh.bulkRemind.bar })
    await expect(bar.getByRole('status')).toHaveText('已选 3 项')
    await expect(bar).toBeInViewport()
    await expectAxeClean(page, 'work-order list with three rows chosen')

    await bar.getByRole('button', { name: zh.bulkRemind.open }).click()
    const dialog = page.getByRole('dialog', { name: zh.bulkRemind.dialog.title })
    await dialog.getByRole('radio', { name: zh.workOrderDetail.reminders.method.phone }).check()
    await dialog.getByRole('textbox', { name: zh.supervisionActions.remind.note }).fill(note)
    await dialog.getByRole('button', { name: '发送催办（3 项）' }).click()

    await expect(dialog.getByRole('status')).toHaveText('全部 3 项已催办。')
    const results = dialog.getByRole('list', { name: zh.bulkRemind.results })
    await expect(results.getByRole('listitem')).toHaveCount(3)
    for (const id of ids) {
      await expect(results.getByRole('listitem').filter({ hasText: id })).toContainText(
        zh.bulkRemind.outcome.sent,
      )
    }
    // The dialog fits the screen, whatever its size.
    const box = await dialog.boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width)
    await expectAxeClean(page, 'bulk reminder results')

    await dialog.getByRole('button', { name: zh.bulkRemind.dialog.done }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('group', { name: zh.bulkRemind.bar })).toHaveCount(0)

    // Each item recorded one reminder, by phone with the note; the drawer's history shows it.
    for (const [i, id] of ids.entries()) expect(await reminderCount(page, server, id)).toBe(before[i]! + 1)
    await rows
      .filter({ has: page.getByRole('rowheader', { name: ids[0] }) })
      .getByRole('link', { name: ids[0] })
      .click()
    const drawer = page.getByRole('dialog', {
      name: zh.workOrderDetail.dialogTitle.replace('{{id}}', ids[0]!),
    })
    const history = drawer.getByRole('region', { name: zh.workOrderDetail.reminders.heading })
    await expect(history.getByRole('listitem')).toHaveCount(before[0]! + 1, firstData)
    await expect(history.getByRole('listitem').last()).toContainText(note)
    await expect(history.getByRole('listitem').last()).toContainText(
      zh.workOrderDetail.reminders.method.phone,
    )
  } finally {
    // The page first: polling a stopped server would log failed requests.
    await page.close()
    await server.stop()
  }
})
