import { describe, expect, it } from 'vitest'
import { actionsFor, chinaTimestampOf, stepsOf } from './alert-steps'

const states = (facts: Parameters<typeof stepsOf>[0]) => stepsOf(facts).map((s) => `${s.step}:${s.state}`)

describe('stepsOf', () => {
  it('walks open → acknowledged → plan activated → resolved', () => {
    expect(states({ status: 'open', acknowledgedAt: null, plan: null })).toEqual([
      'open:current',
      'acknowledged:todo',
      'planActivated:todo',
      'resolved:todo',
    ])
    expect(states({ status: 'acknowledged', acknowledgedAt: 't', plan: null })).toEqual([
      'open:done',
      'acknowledged:current',
      'planActivated:todo',
      'resolved:todo',
    ])
    expect(states({ status: 'planActivated', acknowledgedAt: 't', plan: {} })).toEqual([
      'open:done',
      'acknowledged:done',
      'planActivated:current',
      'resolved:todo',
    ])
    expect(states({ status: 'resolved', acknowledgedAt: 't', plan: {} })).toEqual([
      'open:done',
      'acknowledged:done',
      'planActivated:done',
      'resolved:current',
    ])
  })

  it('marks a step passed over as skipped', () => {
    // Resolved without a plan.
    expect(states({ status: 'resolved', acknowledgedAt: 't', plan: null })).toEqual([
      'open:done',
      'acknowledged:done',
      'planActivated:skipped',
      'resolved:current',
    ])
    // A cleared alert nobody took on resolved by a director.
    expect(states({ status: 'resolved', acknowledgedAt: null, plan: null })).toEqual([
      'open:done',
      'acknowledged:skipped',
      'planActivated:skipped',
      'resolved:current',
    ])
  })

  it('leaves a cleared alert where a person last took it', () => {
    expect(states({ status: 'cleared', acknowledgedAt: null, plan: null })).toEqual([
      'open:current',
      'acknowledged:todo',
      'planActivated:todo',
      'resolved:todo',
    ])
    expect(states({ status: 'cleared', acknowledgedAt: 't', plan: {} })[2]).toBe('planActivated:current')
  })
})

describe('actionsFor', () => {
  it('offers what the API allows in each state', () => {
    expect(actionsFor('open')).toEqual({ acknowledge: true, activatePlan: true, resolve: false })
    expect(actionsFor('acknowledged')).toEqual({ acknowledge: false, activatePlan: true, resolve: true })
    expect(actionsFor('planActivated')).toEqual({ acknowledge: false, activatePlan: false, resolve: true })
    expect(actionsFor('cleared')).toEqual({ acknowledge: false, activatePlan: false, resolve: true })
    expect(actionsFor('resolved')).toEqual({ acknowledge: false, activatePlan: false, resolve: false })
  })
})

describe('chinaTimestampOf', () => {
  it('reads a datetime-local value as China time', () => {
    expect(chinaTimestampOf('2026-11-29T09:00')).toBe('2026-11-29T09:00:00+08:00')
    expect(chinaTimestampOf('')).toBeNull()
    expect(chinaTimestampOf('2026-11-29')).toBeNull()
  })
})
