import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Escalation } from '@/entities/escalation/api/escalation-mutations'
import { useDurationText } from '@/features/work-order-detail/ui/use-duration-text'
import type { EveryPage } from '@/shared/api/every-page'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime, formatCount, formatRate, missingValue } from '@/shared/lib/format'
import { combineQueries } from '@/shared/ui/panel/combine-panel-queries'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { supervisionSummary } from './supervision-summary'
import styles from './escalations.module.css'

interface SummaryPanelProps {
  open: UseQueryResult<EveryPage<Escalation>>
  closed: UseQueryResult<EveryPage<Escalation>>
  /** Only the supervisions opened by this user (`/me` id); all when undefined. */
  openedById: string | undefined
}

/** How many items are under supervision, how many closed by their report-by day, how fast. */
export function SummaryPanel({ open, closed, openedById }: SummaryPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const duration = useDurationText()
  const mine = (items: Escalation[]) =>
    openedById === undefined ? items : items.filter((item) => item.openedById === openedById)
  return (
    <PanelFrame title={t('escalations.summary.heading')} query={combineQueries({ open, closed })}>
      {(data) => {
        const summary = supervisionSummary(mine(data.open.items), mine(data.closed.items))
        const rate = summary.closedWithDueDate === 0 ? null : summary.closedOnTime / summary.closedWithDueDate
        const partial = !data.open.complete || !data.closed.complete
        return (
          <>
            <dl className={styles.figures}>
              <div className={styles.figure}>
                <dt>{t('escalations.summary.underSupervision')}</dt>
                <dd>
                  <span className={styles.value}>{formatCount(summary.underSupervision, locale)}</span>
                </dd>
              </div>
              <div className={styles.figure}>
                <dt>{t('escalations.summary.closedOnTime')}</dt>
                <dd>
                  <span className={styles.value}>
                    {formatRate(rate, locale, {
                      numerator: summary.closedOnTime,
                      denominator: summary.closedWithDueDate,
                    })}
                  </span>
                  <span className={styles.muted}>
                    {summary.closedWithDueDate === 0
                      ? t('escalations.summary.noDated')
                      : t('escalations.summary.closedOnTimeOf', {
                          onTime: formatCount(summary.closedOnTime, locale),
                          dated: formatCount(summary.closedWithDueDate, locale),
                        })}
                  </span>
                </dd>
              </div>
              <div className={styles.figure}>
                <dt>{t('escalations.summary.medianToClose')}</dt>
                <dd>
                  <span className={styles.value}>
                    {summary.medianToCloseMs === null ? missingValue : duration(summary.medianToCloseMs)}
                  </span>
                  <span className={styles.muted}>
                    {summary.closed === 0
                      ? t('escalations.summary.noneClosed')
                      : t('escalations.summary.medianOf', { count: summary.closed })}
                  </span>
                </dd>
              </div>
            </dl>
            <p className={styles.note}>
              {t('escalations.summary.period', { time: formatChinaDateTime(data.open.asOf, locale) })}
              {partial
                ? ` ${t('escalations.summary.partial', { count: data.open.items.length + data.closed.items.length })}`
                : null}
            </p>
          </>
        )
      }}
    </PanelFrame>
  )
}
