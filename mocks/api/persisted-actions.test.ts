// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createApiState } from './api-state'
import { actionsStorageKey } from './persisted-actions'
import { memoryStorage } from '../../tests/unit/memory-storage'

const now = () => Date.parse('2026-11-20T10:00:00+08:00')

/** An order that exists at `now`: the first one received on the day before. */
function someOrderId(state: ReturnType<typeof createApiState>): string {
  const order = state.simulator.ordersReceivedOn('2026-11-19')[0]
  if (!order) throw new Error('the simulator received nothing on 2026-11-19')
  return order.id
}

describe('users’ actions in the browser’s storage', () => {
  it('survive a reload: a reminder given before shows in the next page’s answers', () => {
    const storage = memoryStorage()
    const before = createApiState({ storage, now })
    const id = someOrderId(before)
    before.simulator.addReminder(id, { method: 'phone', note: '请今天回复', by: 'director' })
    before.saveActions()

    const after = createApiState({ storage, now })
    const order = after.simulator.findOrder(id)
    if (!order) throw new Error(`${id} vanished`)
    const reminders = after.simulator.view(order).reminders.filter((r) => r.source === 'user')
    expect(reminders).toMatchObject([{ method: 'phone', note: '请今天回复', by: 'director' }])
  })

  it('keep the desk too: an acknowledged alert and a published report survive a reload', () => {
    const storage = memoryStorage()
    const before = createApiState({ storage, now })
    before.deskRecords.acknowledge('alert-1', { at: now(), by: 'director', note: '已安排' })
    before.deskRecords.publish({ type: 'monthly', period: '2026-10', at: now(), by: 'director' })
    before.saveActions()

    const after = createApiState({ storage, now })
    expect(after.deskRecords.acknowledgementOf('alert-1')).toEqual({
      at: now(),
      by: 'director',
      note: '已安排',
    })
    expect(after.deskRecords.publicationOf('monthly', '2026-10')).toMatchObject({ by: 'director' })
  })

  it('lose nothing when only one half was touched since the reload', () => {
    const storage = memoryStorage()
    const first = createApiState({ storage, now })
    const id = someOrderId(first)
    first.simulator.addReminder(id, { method: 'phone', note: 'kept', by: 'director' })
    first.saveActions()

    // The next page only acknowledges an alert: the stored reminder must stay.
    const second = createApiState({ storage, now })
    second.deskRecords.acknowledge('alert-2', { at: now(), by: 'director', note: '' })
    second.saveActions()

    const third = createApiState({ storage, now })
    const order = third.simulator.findOrder(id)
    if (!order) throw new Error(`${id} vanished`)
    expect(third.simulator.view(order).reminders.map((r) => r.note)).toContain('kept')
    expect(third.deskRecords.acknowledgementOf('alert-2')).toBeDefined()
  })

  it('belong to one city: another seed or scenario starts clean and drops them', () => {
    const storage = memoryStorage()
    const before = createApiState({ storage, now })
    const id = someOrderId(before)
    before.simulator.addReminder(id, { method: 'group', note: 'x', by: 'director' })
    before.saveActions()

    const other = createApiState({ storage, now, scenario: 'backlog' })
    expect(other.simulator.exportOverlay().orders).toEqual({})
    expect(storage.values.has(actionsStorageKey)).toBe(false)
  })

  it.each([
    'not json',
    '{"version":1}',
    '{"version":99,"seed":20230101,"scenario":"calibrated","overlay":{}}',
  ])('starts from the generated city when the stored actions are unreadable (%j)', (text) => {
    const storage = memoryStorage()
    storage.values.set(actionsStorageKey, text)
    const state = createApiState({ storage, now })
    expect(state.simulator.exportOverlay().orders).toEqual({})
    expect(storage.values.has(actionsStorageKey)).toBe(false)
  })

  it('are forgotten on reset, and never written without a storage', () => {
    const storage = memoryStorage()
    const state = createApiState({ storage, now })
    state.simulator.addReminder(someOrderId(state), { method: 'platform', note: '', by: 'director' })
    state.saveActions()
    state.reset()
    expect(storage.values.has(actionsStorageKey)).toBe(false)

    const inMemory = createApiState({ now })
    inMemory.simulator.addReminder(someOrderId(inMemory), { method: 'platform', note: '', by: 'director' })
    expect(() => inMemory.saveActions()).not.toThrow()
  })
})
