import { useQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatList } from '@/shared/lib/format'
import { useChinaDay } from '@/shared/lib/use-china-day'
import { calendarYearQueryOptions } from '../api/calendar-queries'
import { yearsDeadlinesReach } from '../model/deadline-years'
import styles from './assumed-calendar-notice.module.css'

/**
 * Says when deadlines being set now fall in a year whose official holiday schedule is not
 * published: the API counts its working days as Monday to Friday (`assumed: true`), so those
 * deadlines may still move. Silent while loading or when the calendar cannot be read: it is a
 * caveat on other figures, not a figure itself.
 */
export function AssumedCalendarNotice() {
  const { t } = useTranslation()
  const locale = useLocale()
  const years = yearsDeadlinesReach(useChinaDay())
  const assumedYears = useQueries({
    queries: years.map((year) => calendarYearQueryOptions(year)),
    combine: (results) => results.flatMap((result) => (result.data?.assumed ? [result.data.year] : [])),
  })
  if (assumedYears.length === 0) return null
  const list = formatList(assumedYears.map(String), locale)
  return (
    <p className={styles.notice} role="note">
      {t('time.assumedCalendar', { years: list })}
    </p>
  )
}
