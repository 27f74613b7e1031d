import { workingCalendar } from '@/entities/calendar/model/working-days'

/**
 * A working calendar with 2026's National Day: 1-7 October off (Thursday to Wednesday), Sunday
 * 27 September and Saturday 10 October worked instead. Tests of working-day counting use it.
 */
export const nationalDay2026 = workingCalendar([
  {
    year: 2026,
    assumed: false,
    sourceKind: 'data',
    source: 'test',
    holidays: [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    makeUpWorkdays: ['2026-09-27', '2026-10-10'],
  },
])
