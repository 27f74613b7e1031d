/**
 * The reporting periods a view can select. `janFeb` joins January and February: Spring
 * Festival moves between them, so either month alone compares badly year on year.
 */
export const periodPresets = ['today', 'week', 'month', 'quarter', 'year', 'janFeb'] as const
export type PeriodPreset = (typeof periodPresets)[number]
