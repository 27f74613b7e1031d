// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { migratePreferences, preferencesVersion, sanitizePreferences } from './preferences-migration'
import { defaultPreferences } from './preferences-schema'

describe('migratePreferences', () => {
  it('is at version 1', () => {
    expect(preferencesVersion).toBe(1)
  })

  it('keeps the valid fields of version 0 data and replaces only the bad ones', () => {
    const stored = {
      language: 'en',
      theme: 'purple',
      refreshIntervalSeconds: 60,
      wallRotationSeconds: 'fast',
      tableDensity: 'compact',
      bandMarginPoints: -2,
      hiddenWorkOrderColumns: ['kind', 42],
    }
    expect(migratePreferences(stored, 0)).toEqual({
      language: 'en',
      theme: 'system',
      refreshIntervalSeconds: 60,
      wallRotationSeconds: 20,
      tableDensity: 'compact',
      bandMarginPoints: 1,
      // A list with a bad entry is not trusted at all: every column shows again.
      hiddenWorkOrderColumns: [],
    })
  })

  it('rejects numbers out of range or not whole', () => {
    const migrated = migratePreferences({ refreshIntervalSeconds: 1, wallRotationSeconds: 12.5 }, 0)
    expect(migrated.refreshIntervalSeconds).toBe(defaultPreferences.refreshIntervalSeconds)
    expect(migrated.wallRotationSeconds).toBe(defaultPreferences.wallRotationSeconds)
  })

  it('drops unknown keys, so no personal data can ride along', () => {
    const migrated = migratePreferences({ language: 'en', phone: '13800138000', name: '张三' }, 0)
    expect(migrated).toEqual({ ...defaultPreferences, language: 'en' })
    expect(Object.keys(migrated).sort()).toEqual(Object.keys(defaultPreferences).sort())
  })

  it('resets data from a future version (after a rollback) to the defaults', () => {
    expect(migratePreferences({ language: 'en', theme: 'dark' }, preferencesVersion + 1)).toEqual(
      defaultPreferences,
    )
  })

  it('resets data with a version that is not a version', () => {
    expect(migratePreferences({ language: 'en' }, -1)).toEqual(defaultPreferences)
    expect(migratePreferences({ language: 'en' }, 0.5)).toEqual(defaultPreferences)
    expect(migratePreferences({ language: 'en' }, Number.NaN)).toEqual(defaultPreferences)
  })

  it.each([null, undefined, 'en', 42, true, ['en']])('turns %j into the defaults', (garbage) => {
    expect(migratePreferences(garbage, 0)).toEqual(defaultPreferences)
  })

  it('returns a fresh object every time', () => {
    const migrated = migratePreferences(null, 0)
    migrated.language = 'en'
    expect(defaultPreferences.language).toBe('zh-CN')
  })
})

describe('sanitizePreferences', () => {
  it('validates current-version data field by field', () => {
    expect(sanitizePreferences({ language: 'fr', theme: 'dark', tableDensity: 'compact' })).toEqual({
      ...defaultPreferences,
      theme: 'dark',
      tableDensity: 'compact',
    })
    expect(sanitizePreferences('garbage')).toEqual(defaultPreferences)
  })
})
