// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createApiState, sessionStorageKey } from './api-state'
import { createSession, demoUsers } from './session'
import { memoryStorage } from '../../tests/unit/memory-storage'

describe('createApiState with storage (the browser worker)', () => {
  it('keeps sessions across page loads, so a reload stays signed in', () => {
    const storage = memoryStorage()
    const before = createApiState({ storage })
    const session = createSession({ state: before, cookieTransport: 'msw-cookie-store' }, demoUsers[0]!)
    const after = createApiState({ storage })
    expect(after.sessions.get(session.token)).toEqual(session)
  })

  it.each(['not json', '{"a":1}', '[{"token":1}]'])(
    'starts signed out from unreadable storage %j',
    (text) => {
      const storage = memoryStorage()
      storage.values.set(sessionStorageKey, text)
      expect(createApiState({ storage }).sessions.size).toBe(0)
    },
  )

  it('forgets the stored sessions on reset', () => {
    const storage = memoryStorage()
    const state = createApiState({ storage })
    createSession({ state, cookieTransport: 'msw-cookie-store' }, demoUsers[1]!)
    state.reset()
    expect(createApiState({ storage }).sessions.size).toBe(0)
  })
})
