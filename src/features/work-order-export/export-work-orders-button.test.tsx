import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { I18nextProvider } from 'react-i18next'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseCsv } from '../../../tests/unit/parse-csv'
import { signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { workOrderSummary } from '../../../tests/unit/work-order-summary'
import type { WorkOrderListParams } from '@/entities/work-order/api/work-order-queries'
import type { components } from '@/shared/api/schema.gen'
import { createI18n } from '@/shared/i18n/i18n'
import type { Locale } from '@/shared/i18n/locales'
import { ExportWorkOrdersButton } from './export-work-orders-button'

type Page = components['schemas']['WorkOrderPage']
type Summary = components['schemas']['WorkOrderSummary']

// A simulator whose clock stands still: the export and the test's own reading of the API must
// describe the same instant, or an item could turn overdue between the two.
const now = Date.parse('2026-11-20T10:00:00+08:00')

// A week of the city's items (over 1,000: three pages of 500), in the order of their deadlines;
// `limit` is the table's page size, which the export must replace with the API's largest.
const week: WorkOrderListParams = { from: '2026-10-12', to: '2026-10-18', sort: 'dueAt', limit: 100 }

beforeEach(async () => {
  server.use(...createHandlers({ state: createApiState({ now: () => now }) }))
  await signInAs('director')
})

function renderButton(
  params: WorkOrderListParams,
  unitNames: ReadonlyMap<string, string>,
  locale: Locale = 'zh-CN',
) {
  const i18n = createI18n(locale)
  render(
    <I18nextProvider i18n={i18n}>
      <ExportWorkOrdersButton params={params} unitNames={unitNames} />
    </I18nextProvider>,
  )
  return { t: i18n.t, user: userEvent.setup() }
}

/** Downloads, caught where the browser would save them: the object URL and the link's click. */
function catchDownloads() {
  const blobs: Blob[] = []
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return `blob:http://localhost/export-${blobs.length}`
  })
  const clicks: { href: string; download: string }[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download })
  })
  return { blobs, clicks, createObjectURL }
}

/** Every `GET /work-orders` request the button makes, seen before the simulator answers it. */
function watchListRequests({ holdPagesAfterFirst = false } = {}) {
  const requests: URL[] = []
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.get('*/api/v1/work-orders', async ({ request }) => {
      const url = new URL(request.url)
      requests.push(url)
      if (holdPagesAfterFirst && url.searchParams.has('cursor')) await held
      // No answer here: the simulator's handler answers.
    }),
  )
  return { requests, release }
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

/** The whole list for `params`, page by page, as the API gives it. */
async function fetchAll(params: WorkOrderListParams): Promise<{ asOf: string; items: Summary[] }> {
  const items: Summary[] = []
  let cursor: string | null = null
  let asOf = ''
  do {
    const query = new URLSearchParams(
      Object.entries({ ...params, limit: 500 }).map(([k, v]) => [k, String(v)]),
    )
    if (cursor) query.set('cursor', cursor)
    const page: Page = await fetchJson<Page>(`/work-orders?${query.toString()}`)
    asOf ||= page.asOf
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor)
  return { asOf, items }
}

async function fetchUnitNames(): Promise<Map<string, string>> {
  const units = await fetchJson<{ items: { code: string; name: string }[] }>('/units')
  return new Map(units.items.map((unit) => [unit.code, unit.name]))
}

/** The file's bytes: a UTF-8 BOM, then the text. */
async function readCsv(blob: Blob): Promise<{ bom: number[]; rows: string[][] }> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  const text = new TextDecoder('utf-8').decode(bytes.subarray(3))
  expect(text.endsWith('\r\n')).toBe(true) // the file ends with a line break
  return { bom: [...bytes.subarray(0, 3)], rows: parseCsv(text) }
}

/** What Excel shows for a cell: the text of `="..."`, the text after a neutralizing apostrophe. */
function shown(cell: string): string {
  const text = /^="(.*)"$/.exec(cell)
  if (text) return text[1]!
  return /^'[=+\-@\t\r＝＋－＠]/.test(cell) ? cell.slice(1) : cell
}

const chinaMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

describe('ExportWorkOrdersButton', () => {
  it(
    'writes one file with a row for every item the API returns for the view',
    { timeout: 60_000 },
    async () => {
      const downloads = catchDownloads()
      const { requests } = watchListRequests()
      const unitNames = await fetchUnitNames()
      const { t, user } = renderButton(week, unitNames)
      const expected = await fetchAll(week)
      expect(expected.items.length).toBeGreaterThan(1000)
      requests.length = 0 // the test's own reading

      await user.click(screen.getByRole('button', { name: '导出 CSV' }))
      const day = expected.asOf.slice(0, 10)
      expect(
        await screen.findByText(
          `已导出 ${expected.items.length.toLocaleString('zh-CN')} 件工单：工单-${day}.csv`,
          {},
          patiently,
        ),
      ).toBeInTheDocument()

      // The API's largest page, the view's filters and sort, one request per page.
      expect(requests).toHaveLength(Math.ceil(expected.items.length / 500))
      for (const url of requests) {
        expect(Object.fromEntries([...url.searchParams].filter(([key]) => key !== 'cursor'))).toEqual({
          from: '2026-10-12',
          to: '2026-10-18',
          sort: 'dueAt',
          limit: '500',
        })
      }

      expect(downloads.clicks).toEqual([
        { href: 'blob:http://localhost/export-1', download: `工单-${day}.csv` },
      ])
      expect(downloads.blobs[0]?.type).toBe('text/csv;charset=utf-8')
      const { bom, rows } = await readCsv(downloads.blobs[0]!)
      expect(bom).toEqual([0xef, 0xbb, 0xbf])
      const [header, ...cells] = rows
      // Compared as a spreadsheet shows them (a leading `=` in a summary would be written `'=`).
      const body = cells.map((row) => row.map(shown))
      expect(header).toEqual([
        '工单编号',
        '渠道',
        '类型',
        '类别',
        '区县',
        '承办单位',
        '当前环节',
        '受理时间（北京时间）',
        '办理期限（北京时间）',
        '超期',
        '临期',
        '督办中',
        '催办次数',
        '诉求摘要',
        '涉及经营者',
      ])
      const flag = (value: boolean) => (value ? '是' : '否')
      expect(body).toEqual(
        expected.items.map((item) => [
          item.id,
          t(`codes.channel.${item.channel}`),
          t(`codes.kind.${item.kind}`),
          t(`codes.category.${item.category}`),
          t(`codes.district.${item.district}`),
          unitNames.get(item.unit) ?? item.unit,
          t(`codes.stage.${item.stage}`),
          chinaMinute.format(Date.parse(item.receivedAt)),
          item.dueAt === null ? '' : chinaMinute.format(Date.parse(item.dueAt)),
          flag(item.overdue),
          flag(item.atRisk),
          flag(item.supervised),
          String(item.reminderCount),
          item.summary,
          item.businessName,
        ]),
      )
      // Units resolved to names, not codes: the map was used.
      expect(new Set(body.map((row) => row[5]))).not.toContain(expected.items[0]!.unit)
    },
  )

  it('shows its progress, and Cancel stops fetching and makes no file', { timeout: 60_000 }, async () => {
    const downloads = catchDownloads()
    const { requests, release } = watchListRequests({ holdPagesAfterFirst: true })
    try {
      const { user } = renderButton(week, new Map())
      const exportButton = screen.getByRole('button', { name: '导出 CSV' })
      await user.click(exportButton)

      // The first page is in, the second is held: 500 of the total.
      const bar = await screen.findByRole('progressbar', { name: '导出进度' }, patiently)
      await waitFor(() => expect(bar).toHaveAttribute('value', '500'), patiently)
      const total = Number(bar.getAttribute('max'))
      expect(total).toBeGreaterThan(1000)
      expect(
        screen.getByText(`正在导出：已获取 500 / ${total.toLocaleString('zh-CN')} 件`),
      ).toBeInTheDocument()
      expect(exportButton).toBeDisabled()
      expect(requests).toHaveLength(2)

      const cancel = screen.getByRole('button', { name: '取消导出' })
      expect(cancel).toHaveFocus()
      await user.click(cancel)
      expect(screen.getByRole('status')).toHaveTextContent('已取消导出，未生成文件。')
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
      expect(exportButton).toBeEnabled()
      expect(exportButton).toHaveFocus()

      // The held page may now arrive: nothing follows it, and no file is made.
      release()
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(requests).toHaveLength(2)
      expect(downloads.createObjectURL).not.toHaveBeenCalled()
      expect(screen.getByRole('status')).toHaveTextContent('已取消导出，未生成文件。')
    } finally {
      release()
    }
  })

  it('says why an export failed, and makes no file', { timeout: 60_000 }, async () => {
    const downloads = catchDownloads()
    server.use(
      http.get('*/api/v1/work-orders', ({ request }) =>
        new URL(request.url).searchParams.has('cursor')
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Internal error', status: 500 },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    )
    const { user } = renderButton(week, new Map())
    await user.click(screen.getByRole('button', { name: '导出 CSV' }))
    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent(/^导出失败：服务器返回错误 500/),
      patiently,
    )
    expect(downloads.createObjectURL).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeEnabled()
  })

  it('neutralizes formulas from the public and keeps long numbers as text', async () => {
    const downloads = catchDownloads()
    const base: Summary = workOrderSummary({
      id: '12345678901234567890',
      channel: 'platform12315',
      receivedAt: '2026-12-05T01:00:00+08:00',
      atRisk: true,
      summary: '=HYPERLINK("http://evil.example","点我")',
      businessName: '@SUM(1+1)*cmd|"/C calc"!A0',
    })
    const crafted: Summary[] = [
      base,
      { ...base, id: 'RZ-20261205-0001', summary: '+86 138,"退款"\r\n第二行', businessName: '\t-1+1' },
    ]
    const page: Page = {
      asOf: '2026-12-05T09:00:00+08:00',
      total: 2,
      items: crafted,
      nextCursor: null,
      recoveredFen: 0,
    }
    server.use(http.get('*/api/v1/work-orders', () => HttpResponse.json(page)))
    const { user } = renderButton({}, new Map([['dg-bureau', '东港区市场监督管理局']]), 'en')

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(
      await screen.findByText('Exported work orders: 2, in work-orders-2026-12-05.csv', {}, patiently),
    ).toBeInTheDocument()
    const { rows } = await readCsv(downloads.blobs[0]!)
    const [first, second] = rows.slice(1)
    // Excel would read a bare 12345678901234567890 as 1.23457E+19.
    expect(first?.[0]).toBe('="12345678901234567890"')
    expect(first?.slice(13)).toEqual([
      '\'=HYPERLINK("http://evil.example","点我")',
      '\'@SUM(1+1)*cmd|"/C calc"!A0',
    ])
    expect(second?.[0]).toBe('RZ-20261205-0001')
    expect(second?.slice(13)).toEqual(['\'+86 138,"退款"\r\n第二行', "'\t-1+1"])
    // What a spreadsheet shows is what the public wrote, to the character.
    expect(rows.slice(1).map((row) => row.slice(13).map(shown))).toEqual(
      crafted.map((item) => [item.summary, item.businessName]),
    )
    expect(rows.slice(1).map((row) => shown(row[0]!))).toEqual(crafted.map((item) => item.id))
  })
})
