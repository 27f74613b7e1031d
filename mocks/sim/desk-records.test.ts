// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DeskRecords, EMPTY_DESK_SNAPSHOT } from './desk-records'

describe('desk records', () => {
  it('round-trip through a versioned JSON snapshot', () => {
    const records = new DeskRecords()
    records.acknowledge('sp-tourism-city-20261127', { at: 1, by: '王建国', note: '<script>x</script>' })
    records.activatePlan('sp-tourism-city-20261127', { code: 'taskForce', at: 2, by: '王建国', note: '专班' })
    records.publish({ type: 'monthly', period: '2026-10', at: 3, by: '王建国' })
    const snapshot = JSON.parse(JSON.stringify(records.export())) as unknown
    const restored = new DeskRecords()
    expect(restored.import(snapshot)).toBe(true)
    expect(restored.export()).toEqual(records.export())
    expect(restored.acknowledgementOf('sp-tourism-city-20261127')?.note).toBe('<script>x</script>')
    expect(restored.publicationOf('monthly', '2026-10')).toMatchObject({ at: 3 })
  })

  it('refuses an unreadable snapshot as a whole and keeps what it had', () => {
    const records = new DeskRecords()
    records.publish({ type: 'daily', period: '2026-11-27', at: 3, by: '王建国' })
    for (const bad of [
      null,
      { version: 2 },
      { ...EMPTY_DESK_SNAPSHOT, plans: { x: { code: 'panic' } } },
      'text',
    ])
      expect(records.import(bad)).toBe(false)
    expect(records.allPublications()).toHaveLength(1)
    expect(records.import(EMPTY_DESK_SNAPSHOT)).toBe(true)
    expect(records.allPublications()).toEqual([])
  })

  it('keep resolutions and plan leads, and still read a snapshot from before them', () => {
    const records = new DeskRecords()
    records.activatePlan('a', {
      code: 'taskForce',
      at: 2,
      by: '王建国',
      note: '',
      lead: '李海燕',
      startsAt: 5,
    })
    records.resolve('a', { at: 9, by: '王建国', note: '处置完毕' })
    const restored = new DeskRecords()
    expect(restored.import(JSON.parse(JSON.stringify(records.export())) as unknown)).toBe(true)
    expect(restored.planOf('a')).toMatchObject({ lead: '李海燕', startsAt: 5 })
    expect(restored.resolutionOf('a')).toEqual({ at: 9, by: '王建国', note: '处置完毕' })
    const older = {
      version: 1,
      acknowledgements: {},
      plans: { b: { code: 'taskForce', at: 1, by: 'x', note: '' } },
      publications: [],
    }
    expect(restored.import(older)).toBe(true)
    expect(restored.planOf('b')?.lead).toBeUndefined()
    expect(restored.resolutionOf('a')).toBeUndefined()
    expect(() => {
      records.resolve('a', { at: 10, by: 'x', note: 'y' })
    }).toThrow()
  })

  it('never records the same action twice', () => {
    const records = new DeskRecords()
    records.acknowledge('a', { at: 1, by: 'x', note: '' })
    expect(() => records.acknowledge('a', { at: 2, by: 'x', note: '' })).toThrow()
    records.publish({ type: 'daily', period: '2026-11-27', at: 3, by: 'x' })
    expect(() => records.publish({ type: 'daily', period: '2026-11-27', at: 4, by: 'x' })).toThrow()
  })
})
