import { menuButton, zh } from './support/app'
import { expect, test } from './support/fixtures'

test.describe('signing in and out', () => {
  test.use({ signedInAs: null })

  test('signs in as the director from a deep link, stays signed in on reload, signs out', async ({
    page,
    allowConsoleErrors,
  }) => {
    // The browser logs the 401 that sends us to sign in; that one is expected.
    allowConsoleErrors(/status of 401/)

    await page.goto('/work-orders?status=overdue')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.signIn.title)
    await expect(page).toHaveURL(/\/sign-in\?redirect=/)

    // The mock lists its demo accounts; choosing the director fills in the form.
    const demo = page.getByRole('region', { name: zh.signIn.demoAccounts })
    await demo.getByRole('button', { name: new RegExp(zh.session.roles.director) }).click()
    await expect(page.getByLabel(zh.signIn.username)).toHaveValue('director')
    await page.getByRole('button', { name: zh.signIn.submit, exact: true }).click()

    // Back at the same URL, with the name /me gives in the header.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.workOrders.title)
    await expect(page).toHaveURL(/\/work-orders\?status=overdue$/)
    const header = page.getByRole('banner').first()
    await expect(header.getByText('王建国')).toBeAttached()

    // The session is an HttpOnly cookie: scripts cannot see it, the reload still carries it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('duban_session')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.workOrders.title)
    await expect(header.getByText('王建国')).toBeAttached()

    const signOut = header.getByRole('button', { name: zh.session.signOut })
    if (!(await signOut.isVisible())) {
      // On a phone the toolbar sits behind the menu button.
      await menuButton(page).click()
    }
    await signOut.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.signIn.title)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.signIn.title)
  })
})
