import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { reportQueryOptions, type ReportType } from '@/entities/report/api/report-queries'
import { isReportPeriod, lastCompletePeriod, reportPeriodDays } from '@/entities/report/model/report-period'
import { isApiError } from '@/shared/api/api-error'
import { describeApiError } from '@/shared/api/describe-api-error'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime } from '@/shared/lib/format'
import { useChinaDay } from '@/shared/lib/use-china-day'
import { Button } from '@/shared/ui/button/button'
import { Page } from '@/shared/ui/page/page'
import { reportPeriodText } from './model/report-period-text'
import { ReportControls } from './report-controls'
import { ReportView } from './report-view'
import styles from './reports.module.css'

const route = getRouteApi('/_shell/reports')

/** The first day the API has reports for (its calendar starts in 2004). */
const firstReportDay = '2004-01-01'

/**
 * The periodic reports (日汇总 · 月分析 · 季报告): type and period in the URL (a link opens the
 * same report; the last complete period by default), the report's sections, its publication,
 * printing and export.
 */
export function ReportsPage() {
  const { t } = useTranslation()
  const locale = useLocale()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const today = useChinaDay()
  const type: ReportType = search.type ?? 'monthly'
  const latest = lastCompletePeriod(type, today)
  // A report is a document: without a period in the URL, the page shows the latest as it was
  // when the page opened (or the type changed), and the clock does not swap it for a newer one
  // under the reader at midnight. The controls offer the newer one as the latest.
  const [opened, setOpened] = useState({ type, latest })
  if (opened.type !== type) setOpened({ type, latest })
  const defaultPeriod = opened.type === type ? opened.latest : latest
  const badPeriod = search.period !== undefined && !isReportPeriod(type, search.period)
  const period = search.period !== undefined && !badPeriod ? search.period : defaultPeriod
  const query = useQuery(reportQueryOptions(type, period))
  const periodText = reportPeriodText(type, period, t, locale)

  const notFoundMessage = () => {
    const { from } = reportPeriodDays(type, period)
    if (from > today) return t('reports.notFoundFuture', { period: periodText })
    if (from < firstReportDay) return t('reports.notFoundBefore', { period: periodText })
    return t('reports.notFound', { period: periodText })
  }

  return (
    <Page title={t('pages.reports.title')} description={t('pages.reports.description')}>
      <div className={styles.noPrint}>
        <ReportControls
          type={type}
          period={period}
          latest={latest}
          onChange={(nextType, nextPeriod) =>
            void navigate({ search: { type: nextType, period: nextPeriod }, replace: false })
          }
        />
        {badPeriod ? (
          <p role="status" className={styles.note}>
            {t('reports.badPeriod', { period: search.period })}
          </p>
        ) : null}
      </div>
      {query.status === 'pending' ? (
        <p role="status" className={styles.loading}>
          {t('reports.loading')}
        </p>
      ) : query.status === 'error' && !query.data ? (
        isApiError(query.error) && query.error.status === 404 ? (
          <p role="status" className={styles.notFound}>
            {notFoundMessage()}
          </p>
        ) : (
          <div role="alert" className={styles.missing}>
            {t('reports.loadFailed', { reason: describeApiError(query.error, t) })}{' '}
            <Button onClick={() => void query.refetch()}>{t('errors.retry')}</Button>
          </div>
        )
      ) : (
        <>
          {/* A failed refresh (a refocus, a retry) keeps the report on screen and says so. */}
          {query.status === 'error' ? (
            <div role="alert" className={`${styles.stale} ${styles.noPrint}`}>
              <span aria-hidden="true">⚠ </span>
              {t('reports.refreshFailed', {
                time: formatChinaDateTime(query.dataUpdatedAt, locale, 'timeSeconds'),
                reason: describeApiError(query.error, t),
              })}{' '}
              <Button onClick={() => void query.refetch()}>{t('errors.retry')}</Button>
            </div>
          ) : null}
          <ReportView report={query.data} />
        </>
      )}
    </Page>
  )
}
