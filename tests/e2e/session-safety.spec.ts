import type { Page } from '@playwright/test'
import { zh } from './support/app'
import { expect, test } from './support/fixtures'
import { expectNothingPersonalKept } from './support/personal-data'

// Personal data on the production build: what the browser keeps of it, and what a session that
// ends mid-shift leaves on screen.

test.describe.configure({ timeout: 90_000 })

/** Open items of one district: a live list whose first item has a contact to reveal. */
const listUrl = '/work-orders?status=open&district=371102'
const firstData = { timeout: 30_000 }

const listPanel = (page: Page) => page.getByRole('region', { name: zh.workOrders.list.title })

/** Opens the first item of the list in its drawer and reveals its contact; returns what it showed. */
async function revealFirstContact(page: Page): Promise<{ id: string; personal: string[] }> {
  await page.goto(listUrl)
  const firstRow = listPanel(page).locator('tbody tr[data-index]').first()
  await expect(firstRow).toBeVisible(firstData)
  const id = (await firstRow.getByRole('rowheader').textContent())!.trim()
  await firstRow.getByRole('link', { name: id }).click()
  const drawer = page.getByRole('dialog', { name: zh.workOrderDetail.dialogTitle.replace('{{id}}', id) })
  const contact = drawer.getByRole('region', { name: zh.workOrderDetail.contact.heading })
  await contact.getByRole('button', { name: zh.workOrderDetail.contact.reveal }).click()
  await expect(contact.getByText(zh.workOrderDetail.contact.revealedNote)).toBeVisible()
  const shown = await contact.locator('dd').allTextContents()
  const personal = shown
    .map((text) => text.trim())
    .filter((text) => text.length >= 2 && !/^(匿名|未留)$/.test(text))
  expect(personal.length).toBeGreaterThan(0)
  return { id, personal }
}

test('nothing personal is written to storage, IndexedDB, cookies readable by scripts or the URL', async ({
  page,
}) => {
  const { personal } = await revealFirstContact(page)
  await expectNothingPersonalKept(page, [...personal, '王建国'])
})

test('a session that ends mid-shift takes personal data off the page; the same user gets the typed note back', async ({
  page,
  allowConsoleErrors,
}) => {
  // The browser logs the 401 that ends the session; that one is expected.
  allowConsoleErrors(/status of 401/)
  const { id, personal } = await revealFirstContact(page)
  const drawerOf = () =>
    page.getByRole('dialog', { name: zh.workOrderDetail.dialogTitle.replace('{{id}}', id) })
  const actions = drawerOf().getByRole('region', { name: zh.supervisionActions.heading })
  await actions.getByRole('button', { name: zh.supervisionActions.remind.open, exact: true }).click()
  const note = '请今天下班前回电，王先生'
  await actions.getByLabel(zh.supervisionActions.remind.note).fill(note)

  // The session ends on the server's side (here: its cookie is gone); sending finds out.
  await page.context().clearCookies()
  await actions.getByRole('button', { name: zh.supervisionActions.remind.submit }).click()
  const signIn = page.getByRole('dialog', { name: zh.session.expired.title })
  await expect(signIn).toBeVisible()

  const body = (await page.locator('body').textContent()) ?? ''
  for (const value of [...personal, '王建国', id, note]) expect(body).not.toContain(value)
  await expectNothingPersonalKept(page, ['王建国', note])
  expect(new URL(page.url()).pathname).toBe(`/work-orders/${id}`)

  await signIn.getByLabel(zh.signIn.username).fill('director')
  await signIn.getByLabel(zh.signIn.password).fill('duban-demo')
  await signIn.getByRole('button', { name: zh.signIn.submit, exact: true }).click()

  await expect(signIn).toBeHidden()
  await expect(page.getByRole('banner').first().getByText('王建国')).toBeAttached()
  await expect(drawerOf().getByLabel(zh.supervisionActions.remind.note)).toHaveValue(note)
})
