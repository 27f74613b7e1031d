import { zh } from './support/app'
import { expect, test } from './support/fixtures'

// Redoc renders the whole spec from a 2.4 MB script on the page's thread: seconds on a busy
// machine, where three browsers share two cores.
test.describe.configure({ timeout: 60_000 })

test(
  'the API reference opens from Settings and documents the KPI definitions, under its own CSP',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto('/settings')
    const section = page.getByRole('region', { name: zh.apiReference.title })
    await section.getByRole('link', { name: zh.apiReference.reference }).click()
    await expect(page).toHaveURL(/\/api-reference\/$/)
    await expect(page.getByRole('heading', { level: 1, name: /duban API/ })).toBeVisible()
    // The spec's descriptions are there: the documented definition of a KPI.
    await expect(page.getByText('按时初查率').first()).toBeAttached()
    // Search works without its worker (which would need eval): it finds an operation.
    await page.getByText('Search Ctrl+K').click()
    await page.keyboard.type('six-timely')
    await expect(page.getByText('The six timely rates (proposal)')).toBeVisible()

    // The page's scripts are files (script-src 'self'); only its styles are inline.
    const response = await page.request.get('/api-reference/')
    const policy = response.headers()['content-security-policy'] ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/script-src[^;]*unsafe/)
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  },
)
