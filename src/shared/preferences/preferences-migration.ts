import { defaultPreferences, preferencesSchema, type Preferences } from './preferences-schema'

/** The version of the persisted shape. Bump it with every incompatible change and add a step. */
export const preferencesVersion = 1

/**
 * One step per version: `steps[n]` turns version n's stored object into version n + 1's.
 * Version 0 is what zustand's persist writes when no version was set; it is treated as
 * untrusted input and only its valid fields are kept.
 */
const steps: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  0: (state) => state,
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Brings a persisted state of any version up to date. A state from a newer version (a
 * rollback) or one that is not an object cannot be interpreted and yields the defaults.
 */
export function migratePreferences(persisted: unknown, version: number): Preferences {
  if (!isRecord(persisted) || !Number.isInteger(version) || version > preferencesVersion || version < 0) {
    return { ...defaultPreferences }
  }
  let state = persisted
  for (let v = version; v < preferencesVersion; v += 1) {
    const step = steps[v]
    if (!step) return { ...defaultPreferences }
    state = step(state)
  }
  return sanitizePreferences(state)
}

/** Validates a stored state of the current version field by field. */
export function sanitizePreferences(state: unknown): Preferences {
  return preferencesSchema.parse(isRecord(state) ? state : {})
}
