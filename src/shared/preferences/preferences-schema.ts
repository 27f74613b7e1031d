import { z } from 'zod/mini'
import { defaultLocale, locales } from '@/shared/i18n/locales'

export const themes = ['system', 'light', 'dark'] as const
export type ThemePreference = (typeof themes)[number]

export const tableDensities = ['comfortable', 'compact'] as const
export type TableDensity = (typeof tableDensities)[number]

/** The refresh intervals offered in Settings, in seconds. */
export const refreshIntervalChoices = [15, 30, 60, 120, 300] as const
/**
 * How far below its target a rate may fall, in percentage points, before a ranking paints it red
 * instead of yellow (at or above target: blue).
 */
export const bandMarginChoices = [0.5, 1, 2, 3, 5] as const
/** The wall display's rotation choices, in seconds. */
export const wallRotationChoices = [10, 20, 30, 60, 120] as const

const seconds = (min: number, max: number, fallback: number) =>
  z.catch(z.int().check(z.minimum(min), z.maximum(max)), fallback)

/**
 * Client preferences. Each field falls back to its default on its own, so one bad value in
 * localStorage (hand-edited, or written by another version) never discards the others.
 * Unknown keys are dropped: this store must never carry personal data.
 */
export const preferencesSchema = z.object({
  language: z.catch(z.enum(locales), defaultLocale),
  theme: z.catch(z.enum(themes), 'system'),
  refreshIntervalSeconds: seconds(5, 3600, 30),
  wallRotationSeconds: seconds(5, 600, 20),
  tableDensity: z.catch(z.enum(tableDensities), 'comfortable'),
  bandMarginPoints: z.catch(z.number().check(z.minimum(0), z.maximum(20)), 1),
  /** Columns of the work-order table the user has hidden, by column id. */
  hiddenWorkOrderColumns: z.catch(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(30)), []),
})

export type Preferences = z.infer<typeof preferencesSchema>

export const defaultPreferences: Preferences = preferencesSchema.parse({})
