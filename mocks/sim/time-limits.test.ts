// @vitest-environment node
// Pure logic: no DOM needed, and the node environment starts much faster than jsdom.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TIME_LIMIT_RULE_SET,
  DEFAULT_TIME_LIMITS,
  resolveTimeLimits,
  TIME_LIMIT_DEFINITIONS,
  TIME_LIMIT_FIELDS,
  TIME_LIMIT_RULE_SET_IDS,
  TIME_LIMIT_RULE_SETS,
  TimeLimitsError,
} from './time-limits.ts'

describe('time limit rule sets', () => {
  it('defaults to the former rule with the brief’s values', () => {
    expect(DEFAULT_TIME_LIMIT_RULE_SET).toBe('samr-order-20-2022')
    expect(DEFAULT_TIME_LIMITS).toEqual({
      complaintAcceptance: 7,
      mediation: 45,
      reportVerification: 15,
      reportVerificationExtension: 15,
      reporterNotice: 5,
      penaltyCase: 90,
      penaltyCaseExtension: 30,
      hotline12345Handling: 5,
      hotline12345Extension: 10,
      wrongUnitReturn: 2,
      terminationNotice: 7,
      followUpCall: 2,
      dispatch: 1,
      warningWindow: 1,
      supervisionAfterOverdue: 1,
      analysisPublication: 5,
      spikeWarning: 1,
    })
    expect(Object.isFrozen(DEFAULT_TIME_LIMITS)).toBe(true)
  })

  it('the 2026 rule differs in mediation only, and lists what is assumed', () => {
    const rule = TIME_LIMIT_RULE_SETS['samr-order-121-2026']
    expect(rule.effectiveFrom).toBe('2026-04-15')
    expect(rule.limits).toEqual({ ...DEFAULT_TIME_LIMITS, mediation: 60 })
    expect(rule.assumedFields).toContain('mediation')
    for (const field of rule.assumedFields) expect(TIME_LIMIT_FIELDS).toContain(field)
  })

  it('defines every field, all in working days except the penalty case', () => {
    for (const id of TIME_LIMIT_RULE_SET_IDS) {
      expect(Object.keys(TIME_LIMIT_RULE_SETS[id].limits).sort()).toEqual([...TIME_LIMIT_FIELDS].sort())
    }
    expect(Object.keys(TIME_LIMIT_DEFINITIONS).sort()).toEqual([...TIME_LIMIT_FIELDS].sort())
    const calendarDays = TIME_LIMIT_FIELDS.filter((f) => TIME_LIMIT_DEFINITIONS[f].unit === 'calendarDays')
    expect(calendarDays).toEqual(['penaltyCase', 'penaltyCaseExtension'])
  })
})

describe('resolveTimeLimits', () => {
  it('merges overrides onto the chosen rule set', () => {
    expect(resolveTimeLimits()).toEqual(DEFAULT_TIME_LIMITS)
    expect(resolveTimeLimits({ ruleSet: 'samr-order-121-2026' }).mediation).toBe(60)
    const resolved = resolveTimeLimits({ ruleSet: 'samr-order-121-2026', mediation: 50, dispatch: 0 })
    expect(resolved).toMatchObject({ mediation: 50, dispatch: 0, complaintAcceptance: 7 })
    expect(Object.isFrozen(resolved)).toBe(true)
    // The rule sets themselves are never mutated.
    expect(TIME_LIMIT_RULE_SETS['samr-order-121-2026'].limits.mediation).toBe(60)
  })

  it.each([
    [{ complaintAcceptance: -1 }, 'complaintAcceptance'],
    [{ mediation: 1.5 }, 'mediation'],
    [{ reportVerification: '15' }, 'reportVerification'],
    [{ followUpCall: Number.NaN }, 'followUpCall'],
    [{ penaltyCase: 10_000 }, 'penaltyCase'],
    [{ ruleSet: 'samr-order-99' }, 'ruleSet'],
    [{ mediaton: 60 }, 'mediaton'],
  ])('rejects %j naming %s', (overrides, field) => {
    let error: unknown
    try {
      resolveTimeLimits(overrides)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(TimeLimitsError)
    expect((error as TimeLimitsError).field).toBe(field)
    expect((error as TimeLimitsError).message).toContain(field)
  })

  it('rejects a non-object', () => {
    expect(() => resolveTimeLimits(7)).toThrow(TimeLimitsError)
    expect(() => resolveTimeLimits(null)).toThrow(/object/)
  })
})
