import { describe, expect, it } from 'vitest'
import {
  isReportPeriod,
  lastCompletePeriod,
  reportPeriodContaining,
  reportPeriodDays,
  shiftReportPeriod,
} from './report-period'

describe('report periods', () => {
  it('defaults to the last complete period of each type', () => {
    expect(lastCompletePeriod('daily', '2026-03-01')).toBe('2026-02-28')
    expect(lastCompletePeriod('monthly', '2026-01-15')).toBe('2025-12')
    expect(lastCompletePeriod('quarterly', '2026-01-01')).toBe('2025-Q4')
    expect(lastCompletePeriod('quarterly', '2026-11-28')).toBe('2026-Q3')
  })

  it('steps back and forth across years', () => {
    expect(shiftReportPeriod('monthly', '2026-01', -1)).toBe('2025-12')
    expect(shiftReportPeriod('monthly', '2025-12', 1)).toBe('2026-01')
    expect(shiftReportPeriod('quarterly', '2026-Q1', -1)).toBe('2025-Q4')
    expect(shiftReportPeriod('daily', '2024-12-31', 1)).toBe('2025-01-01')
    expect(reportPeriodContaining('quarterly', '2026-06-30')).toBe('2026-Q2')
  })

  it('knows real periods and their days', () => {
    expect(isReportPeriod('monthly', '2026-13')).toBe(false)
    expect(isReportPeriod('daily', '2026-02-30')).toBe(false)
    expect(isReportPeriod('quarterly', '2026-Q5')).toBe(false)
    expect(isReportPeriod('daily', '2024-02-29')).toBe(true)
    expect(reportPeriodDays('monthly', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(reportPeriodDays('quarterly', '2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
  })
})
