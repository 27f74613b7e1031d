// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { missedItemsSearch } from './missed-items-search'
import { barScaleStart, barShare, isBelowTarget, missedCount, nothingFellDue } from './timely-status'

describe('timely status', () => {
  it('is below target only for a rate strictly under it', () => {
    expect(isBelowTarget({ rate: 0.949, target: 0.95 })).toBe(true)
    expect(isBelowTarget({ rate: 0.95, target: 0.95 })).toBe(false)
    expect(isBelowTarget({ rate: 1, target: 0.95 })).toBe(false)
    expect(isBelowTarget({ rate: null, target: 0.95 })).toBe(false)
    expect(isBelowTarget({ rate: 0, target: 0 })).toBe(false)
  })

  it('counts the items that missed and never a negative number', () => {
    expect(missedCount({ numerator: 97, denominator: 100 })).toBe(3)
    expect(missedCount({ numerator: 0, denominator: 0 })).toBe(0)
    expect(missedCount({ numerator: 5, denominator: 4 })).toBe(0)
  })

  it('keeps bar shares between 0 and 1 on the scale', () => {
    expect(barShare(null)).toBe(0)
    expect(barShare(0.5)).toBe(0.5)
    expect(barShare(1.2)).toBe(1)
    expect(barShare(-1)).toBe(0)
    expect(barShare(Number.NaN)).toBe(0)
    expect(barShare(0.95, 0.9)).toBeCloseTo(0.5)
    expect(barShare(0.85, 0.9)).toBe(0)
    expect(barShare(1, 1)).toBe(0)
  })

  it('starts the common scale at the 10 % step strictly below every rate and target', () => {
    const item = (rate: number | null, target: number) => ({ rate, target })
    expect(barScaleStart([item(0.9983, 0.99), item(0.96875, 1)])).toBe(0.9)
    expect(barScaleStart([item(0.9, 0.95)])).toBe(0.8)
    expect(barScaleStart([item(0.7, 0.95)])).toBe(0.6)
    expect(barScaleStart([item(null, 0.95), item(1, 0.98)])).toBe(0.9)
    expect(barScaleStart([item(0, 0.95)])).toBe(0)
    expect(barScaleStart([item(1, 1)])).toBe(0.9)
  })

  it('knows when nothing fell due', () => {
    expect(nothingFellDue([{ denominator: 0 }, { denominator: 0 }])).toBe(true)
    expect(nothingFellDue([{ denominator: 0 }, { denominator: 1 }])).toBe(false)
  })

  it('builds the late-items search from the filters, leaving out absent ones', () => {
    expect(missedItemsSearch('timelyReply', { from: '2026-10-01', to: '2026-10-31' })).toEqual({
      metric: 'timelyReply',
      outcome: 'late',
      from: '2026-10-01',
      to: '2026-10-31',
    })
    expect(
      missedItemsSearch('timelyHandling', { from: '2026-10-01', to: '2026-10-31', channel: 'platform12315' }),
    ).toEqual({
      metric: 'timelyHandling',
      outcome: 'late',
      from: '2026-10-01',
      to: '2026-10-31',
      channel: 'platform12315',
    })
  })
})
