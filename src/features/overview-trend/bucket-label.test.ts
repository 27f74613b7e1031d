// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { bucketDays, bucketLabels } from './bucket-label'

const month = (year: number, value: number) => `${String(year)}/${String(value)}`

describe('bucketLabels', () => {
  it('names days and weeks by their first day', () => {
    const rows = [{ start: '2026-10-01' }, { start: '2026-10-05' }]
    expect(bucketLabels(rows, 'day', 'zh-CN', month)).toEqual(['10月1日', '10月5日'])
    expect(bucketLabels(rows, 'week', 'en', month)).toEqual(['Oct 1', 'Oct 5'])
  })

  it('adds the year when a month and day would repeat, so categories stay unique', () => {
    const rows = [{ start: '2025-03-02' }, { start: '2026-03-02' }]
    expect(bucketLabels(rows, 'week', 'zh-CN', month)).toEqual(['2025年3月2日', '2026年3月2日'])
  })

  it('names months through the given label', () => {
    expect(bucketLabels([{ start: '2026-01-15' }, { start: '2026-02-01' }], 'month', 'zh-CN', month)).toEqual(
      ['2026/1', '2026/2'],
    )
  })
})

describe('bucketDays', () => {
  it('gives the exact days of a bucket', () => {
    expect(bucketDays({ start: '2026-10-01', end: '2026-10-01' }, 'zh-CN')).toBe('2026年10月1日')
    expect(bucketDays({ start: '2026-09-28', end: '2026-10-04' }, 'en')).toBe('Sep 28, 2026 – Oct 4, 2026')
  })
})
