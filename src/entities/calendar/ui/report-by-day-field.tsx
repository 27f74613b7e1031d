import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCalendarDay } from '@/shared/lib/format'
import { useChinaDay } from '@/shared/lib/use-china-day'
import { useNow } from '@/shared/lib/use-now'
import { Button } from '@/shared/ui/button/button'
import { checkReportByDay, type ReportByDayCheck } from '../model/report-by-day'
import { useWorkingCalendar } from '../model/use-working-calendar'
import styles from './report-by-day-field.module.css'

export interface ReportByDayFieldProps {
  label: string
  /** `YYYY-MM-DD` as the date input gives it, or `''`. */
  value: string
  onChange: (day: string) => void
  /** Nothing chosen is acceptable (a new supervision may have no report-by day). */
  optional?: boolean
  /** A refusal of this field by the API, said under it. */
  refusal?: string | undefined
}

/** Whether a checked day may be sent: a rest day is a warning only. */
export function isSendable(check: ReportByDayCheck, optional: boolean): boolean {
  if (check.kind === 'missing') return optional
  return check.kind !== 'invalid' && check.kind !== 'past'
}

/**
 * A supervision's report-by day: a date input judged in China days against the official
 * calendar, whatever the browser's zone. A day before today is refused here (as the API would);
 * a holiday or weekend is allowed with a warning and the next working day offered instead.
 */
export function ReportByDayField({
  label,
  value,
  onChange,
  optional = false,
  refusal,
}: ReportByDayFieldProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const id = useId()
  const today = useChinaDay()
  const calendar = useWorkingCalendar(useNow(60 * 60_000))
  const check = checkReportByDay(value, today, calendar)
  const todayText = formatCalendarDay(today, locale)
  const problem =
    check.kind === 'past'
      ? t('supervisionActions.reportByDay.past', { today: todayText })
      : check.kind === 'invalid'
        ? t('supervisionActions.reportByDay.invalid')
        : check.kind === 'missing' && !optional
          ? t('supervisionActions.reportByDay.missing')
          : undefined

  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className={styles.input}
        value={value}
        min={today}
        required={!optional}
        aria-invalid={problem !== undefined || refusal !== undefined}
        aria-describedby={`${id}-hint ${id}-check`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        {optional
          ? t('supervisionActions.supervise.dueDateHint', { today: todayText })
          : t('supervisionActions.reportByDay.hint', { today: todayText })}
      </p>
      <div id={`${id}-check`} aria-live="polite">
        {problem !== undefined && value !== '' ? <p className={styles.error}>{problem}</p> : null}
        {refusal !== undefined ? <p className={styles.error}>{refusal}</p> : null}
        {check.kind === 'holiday' || check.kind === 'weekend' ? (
          <p className={styles.warning}>
            <span aria-hidden="true">⚠ </span>
            {t(`supervisionActions.reportByDay.${check.kind}`, {
              date: formatCalendarDay(value, locale),
            })}{' '}
            <Button variant="quiet" onClick={() => onChange(check.nextWorkingDay)}>
              {t('supervisionActions.reportByDay.useNext', {
                date: formatCalendarDay(check.nextWorkingDay, locale),
              })}
            </Button>
          </p>
        ) : null}
      </div>
    </div>
  )
}
