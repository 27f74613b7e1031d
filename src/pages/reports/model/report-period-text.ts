import type { TFunction } from 'i18next'
import type { ReportType } from '@/entities/report/api/report-queries'
import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay } from '@/shared/lib/format'

/** A period as people say it: "2026年10月27日", "2026年10月" / "October 2026", "2026年第3季度" / "Q3 2026". */
export function reportPeriodText(type: ReportType, period: string, t: TFunction, locale: Locale): string {
  if (type === 'daily') return formatCalendarDay(period, locale)
  if (type === 'monthly') return formatCalendarDay(`${period}-01`, locale, 'month')
  return t('reports.quarter', { year: period.slice(0, 4), quarter: period.slice(6) })
}
