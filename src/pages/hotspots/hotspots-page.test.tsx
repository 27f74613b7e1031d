import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { formatCount, formatDecimal } from '@/shared/lib/format'
import { zhCN } from '@/shared/i18n/resources/zh-cn-full'

interface Rises {
  weeks: { from: string; to: string }[]
  rows: {
    key: string
    cells: { count: number; baselineMean: number; threshold: number; rising: boolean }[]
  }[]
}

async function rises(dimension: string, query = ''): Promise<Rises> {
  const response = await fetch(new URL(`/api/v1/rises/${dimension}${query}`, document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as Rises
}

const categoryName = (code: string) => zhCN.codes.category[code as keyof typeof zhCN.codes.category]

async function rankingTable() {
  const region = await screen.findByRole('region', { name: '正在上升' }, patiently)
  return within(region).findByRole('table', {}, patiently)
}

function rowTexts(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ])
}

describe('Hotspots: what is rising', () => {
  it(
    'ranks the categories with the figures of the API and states the method',
    { timeout: 60_000 },
    async () => {
      await renderApp('/hotspots?weeks=4')
      const table = await rankingTable()
      const api = await rises('category', '?weeks=4')
      expect(screen.getByRole('heading', { name: '判定方法' })).toBeInTheDocument()
      expect(screen.getByText(/基线均值 \+ 2 倍标准差、不少于 20 件/)).toBeInTheDocument()
      const texts = rowTexts(table)
      expect(texts).toHaveLength(api.rows.length)
      api.rows.forEach((row, index) => {
        const cell = row.cells.at(-1)!
        expect(texts[index]?.slice(0, 4)).toEqual([
          categoryName(row.key),
          formatCount(cell.count, 'zh-CN'),
          formatDecimal(cell.baselineMean, 'zh-CN'),
          formatDecimal(cell.threshold, 'zh-CN'),
        ])
        expect(texts[index]?.[5]).toBe(cell.rising ? '▲ 上升' : '正常')
      })
      // Each row leads to its work orders: the category and the latest week.
      const week = api.weeks.at(-1)!
      const first = within(table).getAllByRole('link')[0]
      expect(first).toHaveAttribute('href', expect.stringContaining(`category=${api.rows[0]?.key}`))
      expect(first).toHaveAttribute('href', expect.stringContaining(`from=${week.from}`))
    },
  )

  it('switches the dimension and keeps it in the URL', { timeout: 60_000 }, async () => {
    const { user, router } = await renderApp('/hotspots?weeks=4')
    await rankingTable()
    await user.click(screen.getByRole('button', { name: '区县' }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ dimension: 'district' }))
    const api = await rises('district', '?weeks=4')
    await waitFor(async () => {
      const names = rowTexts(await rankingTable()).map((row) => row[0])
      expect(names).toEqual(
        api.rows.map((row) => zhCN.codes.district[row.key as keyof typeof zhCN.codes.district]),
      )
    }, patiently)
    expect(screen.getByRole('button', { name: '区县' })).toHaveAttribute('aria-pressed', 'true')
  })

  it(
    'shows the trend of the selected row, with its weeks in the text alternative',
    { timeout: 60_000 },
    async () => {
      const { user, router } = await renderApp('/hotspots?weeks=4')
      const table = await rankingTable()
      const api = await rises('category', '?weeks=4')
      const second = api.rows[1]!
      await user.click(within(table).getByRole('button', { name: categoryName(second.key) }))
      await waitFor(() => expect(router.state.location.searchStr).toBe(`?weeks=4&row=${second.key}`))
      const trend = await screen.findByRole(
        'region',
        { name: `趋势：${categoryName(second.key)}` },
        patiently,
      )
      const alternative = await within(trend).findByRole('table', {}, patiently)
      const counts = within(alternative)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent)
      expect(counts).toEqual(second.cells.map((cell) => formatCount(cell.count, 'zh-CN')))
    },
  )

  it(
    'gives the heat map a table of every category and week, rising cells marked',
    { timeout: 60_000 },
    async () => {
      await renderApp('/hotspots?weeks=4')
      const region = await screen.findByRole('region', { name: '类别 × 周热力图' }, patiently)
      const table = await within(region).findByRole('table', {}, patiently)
      const api = await rises('category', '?weeks=4')
      const rows = within(table).getAllByRole('row').slice(1)
      expect(rows).toHaveLength(api.rows.length)
      rows.forEach((row, index) => {
        const cells = within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
        expect(cells).toEqual(
          api.rows[index]!.cells.map((cell) =>
            cell.rising ? `${formatCount(cell.count, 'zh-CN')} ▲` : formatCount(cell.count, 'zh-CN'),
          ),
        )
      })
    },
  )

  it('says so when the API fails', { timeout: 60_000 }, async () => {
    server.use(
      http.get('*/api/v1/rises/:dimension', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Internal Server Error', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    await renderApp('/hotspots')
    const region = await screen.findByRole('region', { name: '正在上升' }, patiently)
    expect(await within(region).findByRole('button', { name: '重试' }, patiently)).toBeInTheDocument()
    expect(within(region).queryByRole('table')).not.toBeInTheDocument()
  })

  it('says so when nothing was counted', { timeout: 60_000 }, async () => {
    await signInAs('director')
    const real = await rises('category', '?weeks=2')
    const empty = {
      ...real,
      rows: real.rows.map((row) => ({
        ...row,
        cells: row.cells.map((cell) => ({ ...cell, count: 0, rising: false })),
      })),
    }
    server.use(http.get('*/api/v1/rises/:dimension', () => HttpResponse.json(empty)))
    await renderApp('/hotspots?weeks=2')
    const region = await screen.findByRole('region', { name: '正在上升' }, patiently)
    expect(await within(region).findByText('所选范围内没有件数。', {}, patiently)).toBeInTheDocument()
  })
})
