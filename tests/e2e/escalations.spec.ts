import type { Page } from '@playwright/test'
import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'
import { ownMockServer, type OwnMockServer } from './support/own-mock-server'
import { installClock } from './support/test-clock'

// What a deputy director acts with, on the production build against a mock server of the test's
// own (its actions must not change what other tests read): supervising, reminding, approving.

test.describe.configure({ timeout: 120_000 })
test.use({ signedInAs: null })

const firstData = { timeout: 45_000 }

/** A server per test and project (the desktop and phone runs go side by side). */
function portFor(offset: number): number {
  return 4193 + offset * 2 + (test.info().project.name === 'phone' ? 1 : 0)
}

async function signedIn(page: Page, server: OwnMockServer, username = 'director'): Promise<void> {
  const response = await page.request.post(`${server.base}/api/v1/session`, {
    data: { username, password: 'duban-demo' },
  })
  expect(response.ok()).toBe(true)
}

/** The Overview's "open" card's count of items under supervision. */
async function supervisedOnOverview(page: Page, server: OwnMockServer): Promise<number> {
  await page.goto(`${server.base}/`)
  const card = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: zh.overview.cards.open.title }) })
  const parts = card.getByText(/督办中/)
  await expect(parts).toBeVisible(firstData)
  const match = /督办中 ([\d,]+)/.exec((await parts.textContent()) ?? '')
  return Number(match?.[1]?.replaceAll(',', ''))
}

function drawerOf(page: Page, id: string) {
  return page.getByRole('dialog', { name: zh.workOrderDetail.dialogTitle.replace('{{id}}', id) })
}

test('a director supervises the top suggested item, finds it under "supervised by me", reminds it, and the Overview counts it', async ({
  page,
}) => {
  // A working morning with overdue items nobody supervises yet: later in a day the simulated
  // directors have supervised every one of them (CI met that on 2026-12-07 at 15:20), and the top
  // suggestion is only due today.
  const now = '2026-12-07T10:00:00+08:00'
  const server = await ownMockServer(portFor(0), ['--scenario', 'backlog', '--now', now])
  try {
    await installClock(page, new Date(now))
    await signedIn(page, server)
    const before = await supervisedOnOverview(page, server)

    // The page's suggestions: the most overdue item nobody supervises comes first.
    await page.goto(`${server.base}/escalations`)
    const suggestions = page.getByRole('region', { name: zh.escalations.suggestions.heading })
    const top = suggestions.getByRole('listitem').first()
    await expect(top).toContainText(/超期/, firstData)
    const id = (await top.getByRole('link').first().textContent())!.trim()
    await top.getByRole('button', { name: zh.supervisionActions.supervise.open, exact: true }).click()
    await top.getByRole('button', { name: zh.supervisionActions.supervise.submit }).click()
    await expect(suggestions.getByRole('status')).toHaveText(
      zh.escalations.suggestions.supervised.replace('{{id}}', id),
    )
    const opensItem = zh.escalations.list.openWorkOrder.replace('{{id}}', id)
    await expect(suggestions.getByRole('link', { name: opensItem })).toHaveCount(0)

    await page.getByRole('link', { name: zh.escalations.scope.mine }).click()
    await expect(page.getByRole('link', { name: zh.escalations.scope.mine })).toHaveAttribute(
      'aria-current',
      'page',
    )
    const row = page.getByRole('link', { name: opensItem })
    await expect(row).toBeVisible(firstData)
    await expectAxeClean(page, 'escalations')

    await row.click()
    const rowActions = drawerOf(page, id).getByRole('region', { name: zh.supervisionActions.heading })
    await rowActions.getByRole('button', { name: zh.supervisionActions.remind.open, exact: true }).click()
    await rowActions.getByLabel(zh.supervisionActions.remind.note).fill('请于今日下班前书面反馈')
    await rowActions.getByRole('button', { name: zh.supervisionActions.remind.submit }).click()
    await expect(rowActions.getByText(/已催办/)).toBeVisible()

    expect(await supervisedOnOverview(page, server)).toBe(before + 1)
  } finally {
    // The page first: polling a stopped server would log failed requests.
    await page.close()
    await server.stop()
  }
})

test('a director approves an extension and the work order shows its new deadline', async ({ page }) => {
  // A working morning: the units' requests of the day still wait for a decision.
  const server = await ownMockServer(portFor(1), ['--now', '2026-12-04T10:30:00+08:00'])
  try {
    await signedIn(page, server)
    await page.goto(`${server.base}/approvals`)
    const queue = page.getByRole('region', { name: zh.approvals.extensions.title })
    const item = queue.getByRole('article').first()
    await expect(item).toBeVisible(firstData)
    await expectAxeClean(page, 'approvals')
    const id = (await item.getByRole('heading').getByRole('link').textContent())!.trim()
    const newDeadline = item.getByRole('definition').filter({ hasText: /个工作日/ })
    const deadlineText = /^(.*?24:00)/.exec((await newDeadline.textContent()) ?? '')?.[1]
    expect(deadlineText).toBeDefined()

    await item.getByRole('button', { name: zh.approvals.approve, exact: true }).click()
    await item
      .getByRole('form', { name: zh.approvals.approve })
      .getByRole('button', { name: zh.approvals.approve })
      .click()
    await expect(queue.getByRole('status')).toHaveText(zh.approvals.approved.replace('{{id}}', id))

    await page.goto(`${server.base}/work-orders/${id}`)
    await expect(drawerOf(page, id).getByText(deadlineText!).first()).toBeVisible(firstData)
  } finally {
    await page.close()
    await server.stop()
  }
})

test.describe('unit staff', () => {
  test.use({ signedInAs: 'staff' })

  test("see their unit's orders only, may remind and may not supervise", async ({ page }) => {
    // Complaints: the newest open questions are answered minutes after the call, and the first
    // row could close (and offer no reminder) before its drawer opened.
    await page.goto('/work-orders?status=open&kind=complaint')
    const rows = page.getByRole('region', { name: zh.workOrders.list.title }).locator('tbody tr[data-index]')
    await expect(rows.first()).toBeVisible(firstData)
    // Unit names arrive with `/units`, a moment after the rows. The fifth cell: staff may remind,
    // so a checkbox cell comes first.
    const unitCells = page
      .getByRole('region', { name: zh.workOrders.list.title })
      .locator('tbody tr[data-index] td:nth-of-type(5)')
    await expect
      .poll(async () => [...new Set(await unitCells.allTextContents())])
      .toEqual(['东港区市场监督管理局'])

    const id = (await rows.first().getByRole('rowheader').textContent())!.trim()
    await rows.first().getByRole('link', { name: id }).click()
    const actions = drawerOf(page, id).getByRole('region', { name: zh.supervisionActions.heading })
    await expect(
      actions.getByRole('button', { name: zh.supervisionActions.remind.open, exact: true }),
    ).toBeVisible()
    await expect(
      actions.getByRole('button', { name: zh.supervisionActions.supervise.open, exact: true }),
    ).toHaveCount(0)
  })
})
