import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { toChinaIso } from '@mocks/sim/china-time'
import { apiFetch } from '@/shared/api/api-fetch'
import { breakdownSchema, sixTimelySchema } from '@/shared/api/validators.gen'
import { formatCount, formatRate } from '@/shared/lib/format'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'

const sceneTitle = () => screen.getByRole('heading', { level: 2 })

const serverError = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Internal Server Error', status: 500 },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  )

interface Row {
  key: string
  rank: number
  value: number | null
  numerator?: number
  denominator?: number
}

/** A breakdown answer with these rows, in the shape the API gives. */
function breakdown(request: Request, rows: Row[], suppressedRows = 0) {
  const url = new URL(request.url)
  const params = url.searchParams
  const metric = params.get('metric') ?? 'closure'
  return HttpResponse.json({
    asOf: toChinaIso(Date.now()),
    period: { from: params.get('from'), to: params.get('to') },
    dimension: url.pathname.split('/').at(-1),
    metric,
    valueKind: metric === 'closure' ? 'rate' : 'count',
    comparison: null,
    rows,
    suppressedRows,
  })
}

const rate = (key: string, rank: number, numerator: number, denominator: number): Row => ({
  key,
  rank,
  value: numerator / denominator,
  numerator,
  denominator,
})

/** The visible texts of a ranking row, by the name in its row header. */
function rowTexts(table: HTMLElement, name: string): string[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement
  return [...row.children].map((cell) => cell.textContent)
}

/** The closure target the wall reads (the six timely `handling` target: configuration, not period-bound). */
async function closureTarget(): Promise<number> {
  await signInAs('wall')
  const sixTimely = await apiFetch('/kpis/six-timely', {
    query: { from: '2026-01-01', to: '2026-01-31' },
    schema: sixTimelySchema,
  })
  const target = sixTimely.items.find((item) => item.code === 'handling')?.target
  if (target === undefined) throw new Error('no handling target')
  return target
}

describe('the rankings scene', () => {
  it('ranks every district by the API figures, with volume and band', { timeout: 40_000 }, async () => {
    const { queryClient } = await renderApp('/wall?scenes=rankings&interval=300', { signedInAs: 'wall' })
    expect(sceneTitle()).toHaveTextContent('区县与承办单位排名')
    const table = await screen.findByRole('table', { name: '区县按时办结率排名（近 30 天）' }, patiently)

    const params = queryClient
      .getQueryCache()
      .findAll({ queryKey: ['kpis', 'breakdown', 'district'] })
      .map((query) => query.queryKey.at(-1) as Record<string, string>)
      .find((p) => p.metric === 'closure')
    const query = { from: params?.from ?? '', to: params?.to ?? '' }
    const [closure, received] = await Promise.all([
      apiFetch('/breakdowns/district', { query: { ...query, metric: 'closure' }, schema: breakdownSchema }),
      apiFetch('/breakdowns/district', { query: { ...query, metric: 'received' }, schema: breakdownSchema }),
    ])
    const target = await closureTarget()

    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(names).toHaveLength(closure.rows.length)
    const first = [...closure.rows].sort((a, b) => a.rank - b.rank)[0]
    if (!first?.numerator || !first.denominator) throw new Error('no first district')
    const [position, , rateCell, band, volume] = rowTexts(table, names[0] ?? '')
    expect(position).toBe('1')
    expect(rateCell).toBe(
      `${formatRate(first.value, 'zh-CN', first)} ${formatCount(first.numerator, 'zh-CN')}/${formatCount(first.denominator, 'zh-CN')}`,
    )
    expect(band).toMatch((first.value ?? 0) >= target ? /✓达标/ : /低于目标/)
    expect(volume).toBe(formatCount(received.rows.find((row) => row.key === first.key)?.value, 'zh-CN'))
    expect(screen.getByText(`目标 ${formatRate(target, 'zh-CN')}，黄色区间 1.0个百分点`)).toBeInTheDocument()
  })

  it(
    'bands units blue, yellow and red in words and symbols, and hides a unit of fewer than 3 items',
    { timeout: 40_000 },
    async () => {
      const target = await closureTarget()
      server.use(
        http.get('*/api/v1/breakdowns/unit', ({ request }) =>
          new URL(request.url).searchParams.get('metric') === 'closure'
            ? breakdown(request, [
                rate('dg-bureau', 1, 200, 200),
                // Half a point below the target: within the default 1-point margin.
                rate('ls-bureau', 2, Math.round((target - 0.005) * 1000), 1000),
                rate('wl-bureau', 3, 2, 2),
                rate('jx-bureau', 4, Math.round((target - 0.1) * 100), 100),
              ])
            : breakdown(request, [
                { key: 'dg-bureau', rank: 1, value: 250 },
                { key: 'ls-bureau', rank: 2, value: 1200 },
                { key: 'jx-bureau', rank: 3, value: 130 },
                { key: 'wl-bureau', rank: 4, value: 2 },
              ]),
        ),
      )
      await renderApp('/wall?scenes=rankings&interval=300', { signedInAs: 'wall' })
      const table = await screen.findByRole(
        'table',
        { name: '承办单位按时办结率排名（近 30 天）' },
        patiently,
      )

      expect(rowTexts(table, '东港区市场监督管理局')).toEqual([
        '1',
        '东港区市场监督管理局',
        '100.00% 200/200',
        '✓达标',
        '250',
      ])
      const near = rowTexts(table, '岚山区市场监督管理局')
      expect(near.slice(0, 1)).toEqual(['2'])
      expect(near[3]).toBe('!略低于目标')
      expect(near[4]).toBe('1,200')
      expect(rowTexts(table, '莒县市场监督管理局')[3]).toBe('✕低于目标')
      // Fewer than 3 items: no rate, no place, no band, no volume; the reason instead.
      expect(rowTexts(table, '五莲县市场监督管理局')).toEqual([
        '—未排名',
        '五莲县市场监督管理局',
        '— 少于 3 件',
        '未排名',
        '—少于 3 件',
      ])
      expect(table.textContent).not.toContain('2/2')
    },
  )

  it('takes the yellow band from the margin preference', { timeout: 40_000 }, async () => {
    const target = await closureTarget()
    usePreferences.getState().setBandMarginPoints(0.1)
    server.use(
      http.get('*/api/v1/breakdowns/unit', ({ request }) =>
        breakdown(request, [rate('ls-bureau', 1, Math.round((target - 0.005) * 1000), 1000)]),
      ),
    )
    await renderApp('/wall?scenes=rankings&interval=300', { signedInAs: 'wall' })
    const table = await screen.findByRole('table', { name: '承办单位按时办结率排名（近 30 天）' }, patiently)
    expect(rowTexts(table, '岚山区市场监督管理局')[3]).toBe('✕低于目标')
    expect(screen.getByText(/黄色区间 0\.1个百分点/)).toBeInTheDocument()
  })

  it(
    'shows the best and the worst five of many units, and counts those left out',
    { timeout: 40_000 },
    async () => {
      const keys = Array.from({ length: 14 }, (_, index) => `unit-${String(index + 1).padStart(2, '0')}`)
      server.use(
        http.get('*/api/v1/breakdowns/unit', ({ request }) =>
          breakdown(
            request,
            keys.map((key, index) => rate(key, index + 1, 100 - index, 100)),
            3,
          ),
        ),
      )
      await renderApp('/wall?scenes=rankings&interval=300', { signedInAs: 'wall' })
      const table = await screen.findByRole(
        'table',
        { name: '承办单位按时办结率排名（近 30 天）' },
        patiently,
      )
      // Unknown codes show as themselves.
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual([...keys.slice(0, 5), ...keys.slice(-5)])
      expect(within(table).getByRole('columnheader', { name: '前 5 名' })).toBeInTheDocument()
      expect(within(table).getByRole('columnheader', { name: '后 5 名' })).toBeInTheDocument()
      expect(screen.getByText('另有 3 个少于 3 件或无到期，未排名')).toBeInTheDocument()
    },
  )

  it('masks a phone number in a unit name, and renders names as text', { timeout: 40_000 }, async () => {
    server.use(
      http.get('*/api/v1/units', () =>
        HttpResponse.json({
          items: [{ code: 'dg-bureau', name: '<b>东港</b>所 138 1234 5678', district: '371102' }],
        }),
      ),
      http.get('*/api/v1/breakdowns/unit', ({ request }) =>
        breakdown(request, [rate('dg-bureau', 1, 50, 50)]),
      ),
    )
    await renderApp('/wall?scenes=rankings&interval=300', { signedInAs: 'wall' })
    const table = await screen.findByRole('table', { name: '承办单位按时办结率排名（近 30 天）' }, patiently)
    const name = within(table).getAllByRole('rowheader')[0]
    await waitFor(() => expect(name).toHaveTextContent(/^<b>东港<\/b>所/))
    expect(name?.textContent).not.toMatch(/1234|5678/)
    expect(table.querySelector('b')).toBeNull()
  })

  it(
    'keeps its last figures when a refresh fails, and is skipped with nothing to show',
    { timeout: 40_000 },
    async () => {
      const { queryClient, unmount } = await renderApp('/wall?scenes=rankings&interval=300', {
        signedInAs: 'wall',
      })
      const table = await screen.findByRole('table', { name: '区县按时办结率排名（近 30 天）' }, patiently)
      const before = table.textContent
      server.use(http.get('*/api/v1/breakdowns/:dimension', serverError))
      await act(() => queryClient.refetchQueries({ queryKey: ['kpis', 'breakdown'] }))
      await waitFor(() =>
        expect(
          queryClient.getQueryCache().findAll({ queryKey: ['kpis', 'breakdown', 'district'] })[0]?.state
            .status,
        ).toBe('error'),
      )
      expect(sceneTitle()).toHaveTextContent('区县与承办单位排名')
      expect(screen.getByRole('table', { name: '区县按时办结率排名（近 30 天）' }).textContent).toBe(before)
      unmount()

      // A wall started while the breakdowns fail has nothing to show there: it moves on.
      await renderApp('/wall?scenes=rankings,headline&interval=300', { signedInAs: 'wall' })
      await waitFor(() => expect(sceneTitle()).toHaveTextContent('关键指标'), patiently)
    },
  )
})
