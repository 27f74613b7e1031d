import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'
import { installClock } from './support/test-clock'
import { ownMockServer } from './support/own-mock-server'

// The overview as a deputy director uses it, on the production build against the mock API.

// A period's first figures cost the simulator its days (a year ago too, with 同比): seconds on
// a cold server, which these tests may be the first to ask.
test.describe.configure({ timeout: 90_000 })

const keyFigures = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: zh.overview.cards.title })
/** The first figures of a fresh server: the simulator builds the days a request covers on first use. */
const firstData = { timeout: 30_000 }

const card = (page: import('@playwright/test').Page, name: string) =>
  keyFigures(page).getByRole('article', { name })

test('period and district live in the URL: a reload returns the same view', async ({ page }) => {
  await page.goto('/')
  await expect(card(page, zh.overview.cards.received.title)).toBeVisible(firstData)
  await page
    .getByRole('navigation', { name: zh.period.label })
    .getByRole('link', { name: zh.period.month })
    .click()
  await page.getByLabel(zh.overview.filters.district).selectOption({ label: zh.codes.district['371121'] })
  await page.getByLabel(zh.overview.filters.yearAgo).check()
  await expect(page).toHaveURL(/period=month/)
  await expect(page).toHaveURL(/district=371121/)
  await expect(page).toHaveURL(/compare=yearAgo/)
  const receivedValue = card(page, zh.overview.cards.received.title).locator('p').first()
  await expect(receivedValue).toHaveText(/^\d[\d,]*$/, firstData)
  const received = await receivedValue.textContent()

  await page.reload()
  await expect(page.getByLabel(zh.overview.filters.district)).toHaveValue('371121')
  await expect(page.getByLabel(zh.overview.filters.yearAgo)).toBeChecked()
  await expect(receivedValue).toHaveText(received!, firstData)
  // Compared with the same days a year earlier: a change, or (early in a month that had none a
  // year before, such as 1 October 2027 at 08:31) why there is none.
  await expect(card(page, zh.overview.cards.received.title)).toContainText(
    new RegExp(`${zh.overview.cards.vs.yearAgo}|${zh.overview.cards.noChange.yearAgo.zero}`),
  )
  await expectAxeClean(page, 'overview, this month, one district')
})

test('the overdue card opens the work-order list filtered to it', async ({ page }) => {
  await page.goto('/?period=week&district=371102&channel=hotline12345')
  const open = card(page, zh.overview.cards.open.title)
  await expect(open).toBeVisible(firstData)
  await open.getByRole('link', { name: /超期/ }).click()
  await expect(page).toHaveURL(/\/work-orders\?/)
  const search = new URL(page.url()).searchParams
  expect(Object.fromEntries(search)).toEqual({
    status: 'overdue',
    district: '371102',
    channel: 'hotline12345',
  })
  // The list's first answers on a fresh server (its state tabs count three years): seconds.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.pages.workOrders.title, firstData)
})

test('"data as of" moves on with each poll', async ({ page }) => {
  await installClock(page)
  await page.goto('/')
  const asOf = page.getByTestId('as-of')
  await expect(asOf).toHaveText(/数据截至 \d{2}:\d{2}:\d{2}/, firstData)
  const first = await asOf.textContent()
  // The server's clock is real: let it pass a second, then let the page's 30 s go by at once.
  await page.waitForTimeout(1_100)
  await page.clock.runFor(31_000)
  await expect(asOf).not.toHaveText(first!)
  await expect(asOf).toHaveText(/数据截至 \d{2}:\d{2}:\d{2}/)
})

test('today so far is compared with yesterday up to the same time', async ({ page }) => {
  await page.goto('/')
  const asOf = page.getByTestId('as-of')
  await expect(asOf).toHaveText(/数据截至 \d{2}:\d{2}:\d{2}/, firstData)
  const comparison = page.getByText(/^对比 .+ 至 .+ \d{2}:\d{2}（同一时点）$/)
  await expect(comparison).toBeVisible()
  // One answer gives both: the comparison stops at the same minute of yesterday.
  const minute = (text: string | null) => /(\d{2}:\d{2})(?::\d{2})?(?:（|$)/.exec(text ?? '')?.[1]
  const stopsAt = minute(await comparison.textContent())
  // A minute found, so the comparison below is between two readings, not two misses.
  expect(stopsAt).toMatch(/^\d{2}:\d{2}$/)
  expect(stopsAt).toBe(minute(await asOf.textContent()))
  const received = card(page, zh.overview.cards.received.title)
  await expect(received).toContainText(zh.overview.cards.vs.previous)
})

test.describe('a mock server of its own, stopped and started again', () => {
  test.use({ signedInAs: null })

  test('stale while the server is down, fresh again when it returns @desktop-only', async ({
    page,
    allowConsoleErrors,
  }) => {
    // The browser logs each refused request itself.
    allowConsoleErrors(/Failed to load resource|ERR_CONNECTION_REFUSED/)
    const server = await ownMockServer(4191)
    try {
      const signIn = await page.request.post(`${server.base}/api/v1/session`, {
        data: { username: 'director', password: 'duban-demo' },
      })
      expect(signIn.ok()).toBe(true)
      await installClock(page)
      await page.goto(`${server.base}/`)
      const received = card(page, zh.overview.cards.received.title)
      const value = received.locator('p').first()
      await expect(value).toHaveText(/^\d[\d,]*$/, firstData)
      const shown = await value.textContent()

      await server.stop()
      await page.getByRole('button', { name: zh.overview.freshness.refresh }).click()
      // A network failure is retried twice, after 1 s and 2 s, before the refresh counts as
      // failed: the page's clock moves on a second at a time until it does.
      const staleFailed = page.getByText(zh.overview.freshness.staleFailed)
      await expect
        .poll(async () => {
          await page.clock.runFor(1_000)
          return staleFailed.isVisible()
        })
        .toBe(true)
      // The last good figures stay on screen.
      await expect(value).toHaveText(shown!)

      await server.start()
      // The next poll finds it; a cold server may take a while to build its city on a loaded
      // machine, so the clock moves on until the answer has come.
      await page.clock.runFor(31_000)
      await expect
        .poll(
          async () => {
            await page.clock.runFor(1_000)
            return staleFailed.isVisible()
          },
          { timeout: 30_000 },
        )
        .toBe(false)
      await expect(value).toHaveText(/^\d[\d,]*$/)
    } finally {
      await server.stop()
    }
  })
})

test('on a phone the figures fit the width @phone-only', async ({ page }) => {
  await page.goto('/')
  await expect(card(page, zh.overview.cards.closure.title)).toBeVisible(firstData)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  // Nothing in a card reaches past its border (the trend note once did, without widening the page).
  await expect(page.locator('article svg').first()).toBeVisible()
  const sticking = await page.locator('article').evaluateAll((cards) =>
    cards.flatMap((article) => {
      const right = article.getBoundingClientRect().right
      return [...article.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > right + 0.5)
        .map((element) => `${article.querySelector('h3')?.textContent ?? '?'}: ${element.textContent}`)
    }),
  )
  expect(sticking).toEqual([])
  await expectAxeClean(page, 'overview on a phone')
})
