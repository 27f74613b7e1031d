// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { needsRenewal } from './session-renewal'

describe('needsRenewal', () => {
  const lifetime = 30 * 24 * 3600
  const end = '2027-01-03T10:30:00+08:00'
  const at = (daysBeforeEnd: number) => Date.parse(end) - daysBeforeEnd * 24 * 3600_000

  it('renews once less than half of the lifetime is left', () => {
    const session = { sessionExpiresAt: end, sessionLifetimeSeconds: lifetime }
    expect(needsRenewal(session, at(29))).toBe(false)
    expect(needsRenewal(session, at(15))).toBe(false)
    expect(needsRenewal(session, at(14.9))).toBe(true)
    expect(needsRenewal(session, at(0.01))).toBe(true)
  })

  it('never for sessions without a fixed end, or an unreadable one', () => {
    expect(needsRenewal(undefined, at(1))).toBe(false)
    expect(needsRenewal({}, at(1))).toBe(false)
    expect(needsRenewal({ sessionExpiresAt: 'soon', sessionLifetimeSeconds: lifetime }, at(1))).toBe(false)
  })
})
