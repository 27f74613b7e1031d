/**
 * The reporting periods a view can select. `janFeb` joins January and February: Spring
 * Festival moves between them, so either month alone compares badly year on year. `custom` is
 * a range of China days chosen by the user.
 */
export const periodPresets = ['today', 'week', 'month', 'quarter', 'year', 'janFeb'] as const
export type PeriodPreset = (typeof periodPresets)[number]

export const periodChoices = [...periodPresets, 'custom'] as const
export type PeriodChoice = (typeof periodChoices)[number]

/** The comparison bases: 环比 (the previous period of equal length) and 同比 (a year earlier). */
export const compareBases = ['previous', 'yearAgo'] as const
export type CompareBasis = (typeof compareBases)[number]
