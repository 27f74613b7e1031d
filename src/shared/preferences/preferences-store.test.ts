import { describe, expect, it } from 'vitest'
import { defaultPreferences } from './preferences-schema'
import { preferencesStorageKey, usePreferences } from './preferences-store'

function stored(): unknown {
  const raw = localStorage.getItem('duban.preferences')
  return raw === null ? null : JSON.parse(raw)
}

function store(value: unknown): void {
  localStorage.setItem(preferencesStorageKey, typeof value === 'string' ? value : JSON.stringify(value))
}

describe('usePreferences', () => {
  it('starts with the defaults: Chinese, system theme', () => {
    const { language, theme } = usePreferences.getState()
    expect(language).toBe('zh-CN')
    expect(theme).toBe('system')
  })

  it('persists the preferences, and only them, with version 1 under duban.preferences', () => {
    usePreferences.getState().setLanguage('en')
    usePreferences.getState().setTheme('dark')
    expect(stored()).toEqual({
      version: 1,
      state: { ...defaultPreferences, language: 'en', theme: 'dark' },
    })
  })

  it('does not persist a value outside the schema', () => {
    // A caller bypassing the types must not poison the stored state.
    usePreferences.getState().setRefreshIntervalSeconds(-5)
    expect(stored()).toMatchObject({
      state: { refreshIntervalSeconds: defaultPreferences.refreshIntervalSeconds },
    })
  })

  it('migrates version 0 data on hydration and writes it back at version 1', async () => {
    store({
      version: 0,
      state: { language: 'en', theme: 'dark', refreshIntervalSeconds: 'often', phone: '13800138000' },
    })
    await usePreferences.persist.rehydrate()
    const state = usePreferences.getState()
    expect(state.language).toBe('en')
    expect(state.theme).toBe('dark')
    expect(state.refreshIntervalSeconds).toBe(defaultPreferences.refreshIntervalSeconds)
    expect(state).not.toHaveProperty('phone')
    expect(stored()).toEqual({ version: 1, state: { ...defaultPreferences, language: 'en', theme: 'dark' } })
  })

  it('validates same-version data too: localStorage is input like any other', async () => {
    store({ version: 1, state: { language: 'fr', theme: 'dark', email: 'someone@example.com' } })
    await usePreferences.persist.rehydrate()
    const state = usePreferences.getState()
    expect(state.language).toBe('zh-CN')
    expect(state.theme).toBe('dark')
    expect(state).not.toHaveProperty('email')
  })

  it('ignores data from a future version', async () => {
    store({ version: 99, state: { language: 'en', theme: 'dark' } })
    await usePreferences.persist.rehydrate()
    expect(usePreferences.getState().language).toBe('zh-CN')
    expect(usePreferences.getState().theme).toBe('system')
  })

  it.each(['{not json', 'null', '"en"', '[1,2]', '{"state":"x","version":1}'])(
    'survives corrupt storage %j with the defaults',
    async (raw) => {
      store(raw)
      await expect(usePreferences.persist.rehydrate()).resolves.toBeUndefined()
      const state = usePreferences.getState()
      const values = Object.fromEntries(
        Object.keys(defaultPreferences).map((key) => [key, state[key as keyof typeof defaultPreferences]]),
      )
      expect(values).toEqual(defaultPreferences)
      // Still usable afterwards.
      usePreferences.getState().setLanguage('en')
      expect(usePreferences.getState().language).toBe('en')
    },
  )

  it('resets to the defaults', () => {
    usePreferences.getState().setTheme('dark')
    usePreferences.getState().reset()
    expect(usePreferences.getState().theme).toBe('system')
  })
})
