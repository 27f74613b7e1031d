// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createI18n } from '@/shared/i18n/i18n'
import { describeFilters } from './describe-filters'

const zh = createI18n('zh-CN').t
const en = createI18n('en').t
const units = new Map([['dg-bureau', '东港区市场监管局']])

describe('describeFilters', () => {
  it('names the figure, its side, the period and the place', () => {
    const filters = {
      metric: 'closure',
      outcome: 'late',
      from: '2026-12-01',
      to: '2026-12-05',
      district: '371102',
    } as const
    expect(describeFilters(filters, zh, 'zh-CN', units).join(' · ')).toBe(
      '按时办结率 · 逾期 · 2026年12月1日 至 2026年12月5日 · 东港区',
    )
    expect(describeFilters(filters, en, 'en', units).join(' · ')).toBe(
      'On-time closure · Late · Dec 1, 2026 to Dec 5, 2026 · Donggang',
    )
  })

  it('leaves out "all" of a figure and names units by their API name, or their code', () => {
    expect(
      describeFilters({ metric: 'received', outcome: 'all', unit: 'dg-bureau' }, zh, 'zh-CN', units),
    ).toEqual(['受理量', '承办单位：东港区市场监管局'])
    expect(describeFilters({ unit: 'unknown-unit' }, zh, 'zh-CN', units)).toEqual(['承办单位：unknown-unit'])
  })

  it('names the alert whose items the list shows, first', () => {
    const filters = { alert: 'sp-tourism-city-20261201', status: 'open' } as const
    expect(describeFilters(filters, zh, 'zh-CN', units)).toEqual([
      '预警 sp-tourism-city-20261201 涉及的工单',
      '在办',
    ])
    expect(describeFilters(filters, en, 'en', units)[0]).toBe(
      'the work orders behind alert sp-tourism-city-20261201',
    )
  })

  it('describes every other filter, and nothing for no filters', () => {
    expect(
      describeFilters(
        { status: 'atRisk', channel: 'hotline12345', kind: 'report', category: 'pricing', ca: true, q: 'ab' },
        zh,
        'zh-CN',
        units,
      ),
    ).toEqual(['临期', '12345热线', '举报', '价格', '消协自身受理', '关键词“ab”'])
    expect(describeFilters({ from: '2026-12-01' }, zh, 'zh-CN', units)).toEqual(['2026年12月1日 起'])
    expect(
      describeFilters({ stage: 'signed', dueFrom: '2026-12-07', dueTo: '2026-12-07' }, zh, 'zh-CN', units),
    ).toEqual(['当前环节：签收', '2026年12月7日 到期'])
    expect(describeFilters({ dueFrom: '2026-12-07', dueTo: '2026-12-11' }, zh, 'zh-CN', units)).toEqual([
      '2026年12月7日 至 2026年12月11日 到期',
    ])
    expect(describeFilters({ dueTo: '2026-12-11' }, zh, 'zh-CN', units)).toEqual(['2026年12月11日 前到期'])
    expect(describeFilters({}, zh, 'zh-CN', units)).toEqual([])
  })
})
