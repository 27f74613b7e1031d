import { readFile } from 'node:fs/promises'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { addDays } from '../../src/entities/period/china-days'
import { chinaDay, formatCount, formatDeadline, missingValue } from '../../src/shared/lib/format'
import { zh } from './support/app'
import { expect, expectAxeClean, test } from './support/fixtures'

// The work-order list and its detail as staff use them, on the production build against the
// mock API: the drill-down from the Overview, the drawer and its URL, the keyboard, the export.

// A view's first rows cost the simulator the days it covers: seconds on a cold server.
test.describe.configure({ timeout: 90_000 })

/** The first figures of a fresh server: the simulator builds the days a request covers on first use. */
const firstData = { timeout: 30_000 }

const district = '371102'
/** Open items past a deadline in one district: a live state, so a test reads it from the API. */
const overdueView = { status: 'overdue', district }
const openView = { status: 'open', district }
// A month of a district's closures that ended days ago: every item in it is closed, so the list
// holds still while a test compares it with the API.
const today = chinaDay(Date.now())
const closedView = {
  metric: 'closure',
  from: addDays(today, -35),
  to: addDays(today, -5),
  district,
}

type Search = Record<string, string>

interface ListItem {
  id: string
  dueAt: string | null
}

interface ListPage {
  total: number
  nextCursor: string | null
  items: ListItem[]
}

interface Detail {
  id: string
  stages: { code: keyof typeof zh.codes.stage }[]
}

const listPanel = (page: Page) => page.getByRole('region', { name: zh.workOrders.list.title })
/** The rendered body rows (the virtualized body holds only those near the view). */
const bodyRows = (page: Page) => listPanel(page).locator('tbody tr[data-index]')
const rowOf = (page: Page, id: string) =>
  bodyRows(page).filter({ has: page.getByRole('rowheader', { name: id }) })
const drawer = (page: Page, id: string) =>
  page.getByRole('dialog', { name: zh.workOrderDetail.dialogTitle.replace('{{id}}', id) })

/**
 * `GET /api/v1<path>` with the browser's session (the fixture signed it in), as JSON.
 * The mock server closes a keep-alive connection idle for 5 s; while the simulator builds a cold
 * view its event loop is busy past that, and a request sent on the idle connection meanwhile is
 * reset. A browser retries such a request by itself; Playwright's request context does not.
 */
async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const url = `/api/v1${path}`
  const response = await request
    .get(url)
    .catch((error: unknown) =>
      error instanceof Error && error.message.includes('ECONNRESET')
        ? request.get(url)
        : Promise.reject(error),
    )
  expect(response.status(), `GET ${url}`).toBe(200)
  return (await response.json()) as T
}

/** One page of `GET /work-orders`, of the largest size. */
function listPageOf(request: APIRequestContext, search: Search, cursor?: string): Promise<ListPage> {
  const query = new URLSearchParams({ ...search, limit: '500', ...(cursor ? { cursor } : {}) })
  return apiGet(request, `/work-orders?${query}`)
}

/** Every item of a view, page after page, in the API's order. */
async function allItems(request: APIRequestContext, search: Search): Promise<ListItem[]> {
  const items: ListItem[] = []
  let cursor: string | undefined
  do {
    const page = await listPageOf(request, search, cursor)
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined)
  return items
}

async function openList(page: Page, search: Search): Promise<void> {
  await page.goto(`/work-orders?${new URLSearchParams(search)}`)
  await expect(bodyRows(page).first()).toBeVisible(firstData)
}

/** The ids of the rendered rows, top to bottom. */
function shownIds(page: Page): Promise<string[]> {
  return listPanel(page).locator('tbody').getByRole('rowheader').allTextContents()
}

function expectSearch(page: Page, path: string, search: Search): void {
  const url = new URL(page.url())
  expect(url.pathname).toBe(path)
  expect(Object.fromEntries(url.searchParams)).toEqual(search)
}

/** RFC 4180 fields (quoted fields may hold commas, quotes and line breaks), rows split on CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** Whether the focus is on a body row of the list (the table body's single tab stop). */
const focusOnBodyRow = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches('tbody tr[data-index]') ?? false)

test("the Overview's overdue card drills down to a list of the same total", async ({ page }) => {
  await page.goto(`/?district=${district}`)
  const open = page
    .getByRole('region', { name: zh.overview.cards.title })
    .getByRole('article', { name: zh.overview.cards.open.title })
  const overdue = open.getByRole('link', { name: /^超期 / })
  await expect(overdue).toHaveText(/超期 \d[\d,]*$/, firstData)
  const shown = (await overdue.textContent())!.replace(/^.*超期 /, '')

  await overdue.click()
  await expect(page).toHaveURL(/\/work-orders\?/)
  expectSearch(page, '/work-orders', overdueView)
  // None overdue, the list says so instead of "共 0 件".
  const total = shown === '0' ? zh.workOrders.list.empty : `共 ${shown} 件`
  await expect(listPanel(page).getByText(total, { exact: true })).toBeVisible(firstData)
  const tabs = page.getByRole('navigation', { name: zh.workOrders.status.label })
  // The tab is current, and counts the same.
  const tab = tabs.getByRole('link', { name: new RegExp(`^${zh.workOrders.status.overdue}`) })
  await expect(tab).toHaveAttribute('aria-current', 'page')
  await expect(tab).toHaveAccessibleName(new RegExp(`^${zh.workOrders.status.overdue}\\s*${shown}$`))
  await expect(tabs.locator('[aria-current]')).toHaveCount(1)
  // The figure is the API's too, not only the card's.
  const api = await listPageOf(page.request, overdueView)
  expect(formatCount(api.total, 'zh-CN')).toBe(shown)
})

test('an item opens in a drawer with its timeline and its own URL; Escape, Back and Forward', async ({
  page,
}) => {
  await openList(page, closedView)
  const [id] = await shownIds(page)
  expect(id).toBeDefined()
  const detail = await apiGet<Detail>(page.request, `/work-orders/${id}`)

  await rowOf(page, id!).getByRole('link', { name: id }).click()
  const dialog = drawer(page, id!)
  await expect(dialog).toBeVisible()
  expectSearch(page, `/work-orders/${id}`, closedView)
  // Every stage of the closed loop, in order, by name.
  const stages = dialog
    .getByRole('region', { name: zh.workOrderDetail.timeline.heading })
    .getByRole('listitem')
  await expect(stages).toHaveCount(detail.stages.length, firstData)
  expect(detail.stages.length).toBeGreaterThan(1)
  for (const [index, stage] of detail.stages.entries()) {
    await expect(stages.nth(index).locator('strong')).toHaveText(zh.codes.stage[stage.code])
  }

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expectSearch(page, '/work-orders', closedView)
  await expect(rowOf(page, id!)).toBeVisible()

  await page.goForward()
  await expect(dialog).toBeVisible()
  expectSearch(page, `/work-orders/${id}`, closedView)
  await expect(stages).toHaveCount(detail.stages.length)

  await page.goBack()
  await expect(dialog).toBeHidden()
  expectSearch(page, '/work-orders', closedView)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('keyboard only: Tab to the current row, ArrowDown, Enter opens it, Escape comes back', async ({
  page,
}) => {
  await openList(page, closedView)
  const ids = (await listPageOf(page.request, closedView)).items.map((item) => item.id)
  expect(ids.length).toBeGreaterThan(2)
  expect((await shownIds(page)).slice(0, 2)).toEqual(ids.slice(0, 2))

  // From the top of the page, as a keyboard user arrives.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  let tabs = 0
  while (!(await focusOnBodyRow(page))) {
    tabs += 1
    expect(tabs, 'Tab never reached a row of the table').toBeLessThan(60)
    await page.keyboard.press('Tab')
  }
  // One tab stop for the whole body: the first row, the only one with tabindex 0.
  await expect(rowOf(page, ids[0]!)).toBeFocused()
  await expect(listPanel(page).locator('tbody tr[tabindex="0"]')).toHaveCount(1)

  await page.keyboard.press('ArrowDown')
  const second = rowOf(page, ids[1]!)
  await expect(second).toBeFocused()
  await expect(second).toHaveAttribute('tabindex', '0')
  await expect(listPanel(page).locator('tbody tr[tabindex="0"]')).toHaveCount(1)

  await page.keyboard.press('Enter')
  const dialog = drawer(page, ids[1]!)
  await expect(dialog).toBeVisible()
  expectSearch(page, `/work-orders/${ids[1]}`, closedView)
  // The drawer takes the focus (its title), so the keyboard is inside it.
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expectSearch(page, '/work-orders', closedView)
  await expect(second).toBeFocused()
})

test('the export of a filtered view is the API list for the same filters, as Excel reads it', async ({
  page,
}) => {
  await openList(page, closedView)
  const api = await allItems(page.request, closedView)
  // More than one of the export's requests (500 items each): the file joins all the pages.
  expect(api.length).toBeGreaterThan(500)

  const downloading = page.waitForEvent('download')
  await listPanel(page).getByRole('button', { name: zh.workOrderExport.export }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^工单-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = await readFile(await download.path(), 'utf8')

  expect(text.startsWith('\uFEFF')).toBe(true)
  expect(text.endsWith('\r\n')).toBe(true)
  const [header, ...rows] = parseCsv(text.slice(1))
  // The columns the table shows too carry the table's names; the rest are the file's own.
  const shared = zh.workOrderTable.columns
  const columns = zh.workOrderExport.columns
  expect(header).toEqual([
    shared.id,
    shared.channel,
    shared.kind,
    shared.category,
    shared.district,
    shared.unit,
    shared.stage,
    columns.receivedAt,
    columns.dueAt,
    columns.overdue,
    columns.atRisk,
    columns.supervised,
    shared.reminderCount,
    columns.summary,
    columns.businessName,
  ])
  for (const row of rows) expect(row).toHaveLength(header!.length)
  // A number-like cell is written as ="…" to stay text in Excel; an id with letters is text already.
  const fileIds = rows.map((row) => row[0]!.replace(/^="(.*)"$/, '$1'))
  expect(fileIds).toEqual(api.map((item) => item.id))
  // Every row is of the filtered view, in the words the table uses.
  const districtColumn = header!.indexOf(shared.district)
  expect(new Set(rows.map((row) => row[districtColumn]))).toEqual(new Set([zh.codes.district[district]]))
  await expect(
    listPanel(page)
      .getByRole('status')
      .filter({ hasText: /已导出/ }),
  ).toHaveText(
    zh.workOrderExport.done
      .replace('{{rows}}', formatCount(api.length, 'zh-CN'))
      .replace('{{fileName}}', download.suggestedFilename()),
  )
})

test('sorting by the deadline puts it in the URL and the deadlines ascend', async ({ page }) => {
  await openList(page, openView)
  const header = listPanel(page).getByRole('columnheader', { name: zh.workOrderTable.columns.dueAt })
  await expect(header).toHaveAttribute('aria-sort', 'none')
  await header.getByRole('link').click()
  await expect(page).toHaveURL(/[?&]sort=dueAt(&|$)/)
  expectSearch(page, '/work-orders', { ...openView, sort: 'dueAt' })
  await expect(header).toHaveAttribute('aria-sort', 'ascending')

  const headers = await listPanel(page).locator('thead th').allTextContents()
  const dueColumn = headers.findIndex((text) => text.startsWith(zh.workOrderTable.columns.dueAt))
  expect(dueColumn).toBeGreaterThan(0)
  const readRows = () =>
    bodyRows(page).evaluateAll(
      (rows, column) =>
        rows.map((row) => ({
          id: row.querySelector('th')?.textContent ?? '',
          deadline: row.querySelectorAll('th, td')[column]?.textContent ?? '',
        })),
      dueColumn,
    )
  // The rows are the API's, in its order, each with its own deadline. Open items are live (one
  // may close between the page's request and this one): the page's next poll catches up.
  await expect
    .poll(
      async () => {
        const api = await listPageOf(page.request, { ...openView, sort: 'dueAt' })
        const shown = await readRows()
        const expected = api.items.slice(0, shown.length).map((item) => ({
          id: item.id,
          deadline: item.dueAt === null ? missingValue : formatDeadline(item.dueAt, 'zh-CN'),
        }))
        return shown.length > 5 && JSON.stringify(shown) === JSON.stringify(expected)
          ? 'same'
          : { shown, expected }
      },
      { timeout: 45_000, intervals: [0, 1_000, 5_000] },
    )
    .toBe('same')

  // And the deadlines, as the reader sees them, never go back in time.
  const shown = await readRows()
  const keys = shown.map((row) => {
    const match = /^(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})$/.exec(row.deadline)
    expect(match, `deadline of ${row.id}: ${row.deadline}`).not.toBeNull()
    const [, y, m, d, h, min] = match!
    return [y, m!.padStart(2, '0'), d!.padStart(2, '0'), h, min].join('')
  })
  expect(keys.length).toBeGreaterThan(5)
  expect(keys).toEqual([...keys].sort())
  // The order is one to check: the view's deadlines differ. Not necessarily among the first rows,
  // which on a Monday morning may all be due that day; the API's first page spans several days.
  const api = await listPageOf(page.request, { ...openView, sort: 'dueAt' })
  expect(new Set(api.items.map((item) => item.dueAt)).size).toBeGreaterThan(1)
})

test("a count of the deadline wave lists the items it counts: that unit's, due that day", async ({
  page,
}) => {
  await openList(page, openView)
  const wave = page.getByRole('region', { name: zh.deadlineWave.title.replace('{{count}}', '5') })
  // The busiest unit's first day with anything due.
  const count = wave.locator('tbody tr').first().locator('td a').first()
  await expect(count).toBeVisible(firstData)
  const shown = Number((await count.textContent())?.replace(/\D/g, ''))
  expect(shown).toBeGreaterThan(0)
  await count.click()
  await expect(page).toHaveURL(/[?&]dueFrom=/)
  const search = Object.fromEntries(new URL(page.url()).searchParams)
  expect(search).toMatchObject({ district, status: 'open', sort: 'dueAt' })
  expect(search.dueFrom).toBe(search.dueTo)
  expect(search.unit).toBeTruthy()
  // The list's total is the count clicked, and the API's for the same filters.
  const api = await listPageOf(page.request, search)
  expect(api.total).toBe(shown)
  await expect(
    listPanel(page).getByText(`共 ${formatCount(shown, 'zh-CN')} 件`, { exact: true }),
  ).toBeVisible(firstData)
  await expect(wave.locator('a[aria-current="page"]')).toHaveText(formatCount(shown, 'zh-CN'))
  // Every row falls due that day.
  const dueColumn = (await listPanel(page).locator('thead th').allTextContents()).findIndex((text) =>
    text.startsWith(zh.workOrderTable.columns.dueAt),
  )
  const deadlines = await bodyRows(page).evaluateAll(
    (rows, column) => rows.map((row) => row.querySelectorAll('th, td')[column]?.textContent ?? ''),
    dueColumn,
  )
  expect(deadlines.length).toBe(Math.min(shown, deadlines.length))
  const due = formatDeadline(`${addDays(search.dueFrom ?? '', 1)}T00:00:00+08:00`, 'zh-CN')
  for (const text of deadlines) expect(text).toBe(due)
})

test("the period control narrows the list to the receipt days typed, and the total is the API's", async ({
  page,
}) => {
  await openList(page, { district })
  const period = page.getByRole('form', { name: zh.workOrders.filterBar.period })
  await period.getByLabel(zh.periodRange.from).fill(closedView.from)
  await period.getByLabel(zh.periodRange.to).fill(closedView.to)
  await period.getByRole('button', { name: zh.periodRange.apply }).click()
  await expect(page).toHaveURL(/[?&]to=/)
  expectSearch(page, '/work-orders', { district, from: closedView.from, to: closedView.to })
  const api = await listPageOf(page.request, { district, from: closedView.from, to: closedView.to })
  expect(api.total).toBeGreaterThan(0)
  await expect(
    listPanel(page).getByText(`共 ${formatCount(api.total, 'zh-CN')} 件`, { exact: true }),
  ).toBeVisible(firstData)
  await period.getByRole('button', { name: zh.periodRange.clear }).click()
  await expect(page).not.toHaveURL(/[?&]from=/)
  expectSearch(page, '/work-orders', { district })
})

test.describe('accessibility and layout', () => {
  test('the list and the open drawer are axe clean', async ({ page }) => {
    // Open items of a district: red overdue and amber at-risk rows among them, for contrast.
    await openList(page, openView)
    await expectAxeClean(page, 'work-order list, open items in one district')
    const [id] = await shownIds(page)
    await rowOf(page, id!).getByRole('link', { name: id }).click()
    const dialog = drawer(page, id!)
    await expect(dialog.getByRole('region', { name: zh.workOrderDetail.timeline.heading })).toBeVisible(
      firstData,
    )
    await expectAxeClean(page, 'work-order drawer')
  })

  test('on a phone the table scrolls in its own box, not the page @phone-only', async ({ page }) => {
    await openList(page, openView)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const scroller: Locator = listPanel(page).locator('[data-virtual-scroller]')
    const box = await scroller.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      right: element.getBoundingClientRect().right,
    }))
    // The table is wider than a phone: it scrolls sideways inside its box, which fits the page.
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth)
    expect(box.right).toBeLessThanOrEqual(390)
    await scroller.evaluate((element) => element.scrollBy({ left: 200 }))
    expect(await scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    expect(await page.evaluate(() => window.scrollX)).toBe(0)

    // The drawer fits the phone too.
    const [id] = await shownIds(page)
    await rowOf(page, id!).getByRole('link', { name: id }).click()
    const dialog = drawer(page, id!)
    await expect(dialog.getByRole('region', { name: zh.workOrderDetail.timeline.heading })).toBeVisible(
      firstData,
    )
    const drawerBox = await dialog.boundingBox()
    expect(drawerBox!.x).toBeGreaterThanOrEqual(0)
    expect(drawerBox!.x + drawerBox!.width).toBeLessThanOrEqual(390)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
  })
})
