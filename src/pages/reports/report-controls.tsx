import { useTranslation } from 'react-i18next'
import type { ReportType } from '@/entities/report/api/report-queries'
import { reportTypes, shiftReportPeriod } from '@/entities/report/model/report-period'
import { useLocale } from '@/shared/i18n/use-locale'
import { reportPeriodText } from './model/report-period-text'
import styles from './reports.module.css'

interface ReportControlsProps {
  type: ReportType
  period: string
  latest: string
  onChange: (type: ReportType, period?: string) => void
}

/** Which report: the type, then the period, one step back or forward, or back to the latest. */
export function ReportControls({ type, period, latest, onChange }: ReportControlsProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <div className={styles.controls} role="group" aria-label={t('reports.controls')}>
      <div role="group" aria-label={t('reports.type')} className={styles.types}>
        {reportTypes.map((option) => (
          <button
            key={option}
            type="button"
            className={styles.typeButton}
            aria-pressed={option === type}
            onClick={() => onChange(option)}
          >
            {option === type ? <span aria-hidden="true">✓ </span> : null}
            {t(`reports.types.${option}`)}
          </button>
        ))}
      </div>
      <div className={styles.stepper}>
        <button
          type="button"
          className={styles.stepButton}
          onClick={() => onChange(type, shiftReportPeriod(type, period, -1))}
        >
          <span aria-hidden="true">‹ </span>
          {t('reports.previousPeriod')}
        </button>
        <output className={styles.periodText} aria-label={t('reports.periodLabel')}>
          {reportPeriodText(type, period, t, locale)}
        </output>
        <button
          type="button"
          className={styles.stepButton}
          onClick={() => onChange(type, shiftReportPeriod(type, period, 1))}
        >
          {t('reports.nextPeriod')}
          <span aria-hidden="true"> ›</span>
        </button>
        {period !== latest ? (
          <button type="button" className={styles.stepButton} onClick={() => onChange(type, latest)}>
            {t('reports.latest')}
          </button>
        ) : null}
      </div>
    </div>
  )
}
