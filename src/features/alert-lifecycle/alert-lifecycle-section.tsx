import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useLocation } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { alertsInfiniteQueryOptions, type AlertListParams } from '@/entities/alert/api/alert-queries'
import { meQueryOptions } from '@/entities/session/me-query'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { Button } from '@/shared/ui/button/button'
import { PanelFrame, type PanelQuery } from '@/shared/ui/panel/panel-frame'
import { SelectField } from '@/shared/ui/select-field/select-field'
import { AlertEntry, alertAnchor } from './alert-entry'
import styles from './alert-lifecycle.module.css'

const statusFilters = [
  'active',
  'all',
  'open',
  'acknowledged',
  'planActivated',
  'cleared',
  'resolved',
] as const
type StatusFilter = (typeof statusFilters)[number]
const kindFilters = ['all', 'yellowCard', 'redCard', 'spike'] as const
type KindFilter = (typeof kindFilters)[number]

/** Alerts per request; more come with "load more". */
const pageSize = 20

/** The API's parameters for the chosen filters ("being handled" is `active=true`). */
export function alertListParams(status: StatusFilter, kind: KindFilter): AlertListParams {
  return {
    ...(status === 'active' ? { active: true } : status === 'all' ? {} : { status }),
    ...(kind === 'all' ? {} : { type: kind }),
    limit: pageSize,
  }
}

/**
 * The alerts of Hotspots and their handling: filtered by state (default: those still being
 * handled) and kind, newest first. A link to `/hotspots#alert-<id>` (the Overview's strip)
 * scrolls to that alert and focuses it. Directors get the actions; others see the same alerts
 * without them, and a line saying who acts.
 */
export function AlertLifecycleSection() {
  const { t } = useTranslation()
  const locale = useLocale()
  const [status, setStatus] = useState<StatusFilter>('active')
  const [kind, setKind] = useState<KindFilter>('all')
  const polling = usePolling()
  const alerts = useInfiniteQuery({
    ...alertsInfiniteQueryOptions(alertListParams(status, kind)),
    ...polling,
  })
  const me = useQuery(meQueryOptions())
  const mayManage = me.data?.permissions.includes('manageAlerts') === true
  const items = alerts.data?.pages.flatMap((page) => page.items)
  const total = alerts.data?.pages[0]?.total ?? 0
  const units = useQuery({ ...unitsQueryOptions(), enabled: items?.some((a) => a.unit !== null) ?? false })
  const unitNames = new Map(units.data?.items.map((unit) => [unit.code, unit.name]))
  const hash = useLocation({ select: (location) => location.hash })

  const query: PanelQuery<NonNullable<typeof items>> = {
    data: items,
    error: alerts.error,
    status: alerts.status,
    isFetching: alerts.isFetching,
    dataUpdatedAt: alerts.dataUpdatedAt,
    errorUpdatedAt: alerts.errorUpdatedAt,
    refetch: alerts.refetch,
  }

  return (
    <section className={styles.section} aria-labelledby="alert-lifecycle-title">
      <h2 id="alert-lifecycle-title" className={styles.title}>
        {t('alertLifecycle.title')}
      </h2>
      <p className={styles.intro}>{t('alertLifecycle.intro')}</p>
      <div role="group" aria-label={t('alertLifecycle.filters.label')} className={styles.filters}>
        <SelectField
          label={t('alertLifecycle.filters.status')}
          value={status}
          options={statusFilters.map((value) => ({
            value,
            label:
              value === 'active'
                ? t('alertLifecycle.filters.active')
                : value === 'all'
                  ? t('alertLifecycle.filters.allStatuses')
                  : t(`alertLifecycle.status.${value}`),
          }))}
          onChange={setStatus}
        />
        <SelectField
          label={t('alertLifecycle.filters.kind')}
          value={kind}
          options={kindFilters.map((value) => ({
            value,
            label: value === 'all' ? t('alertLifecycle.filters.allKinds') : t(`alertLifecycle.kind.${value}`),
          }))}
          onChange={setKind}
        />
      </div>
      {!mayManage && me.data ? <p className={styles.note}>{t('alertLifecycle.actions.staffNote')}</p> : null}
      <PanelFrame
        title={t('alertLifecycle.count', { total: formatCount(total, locale) })}
        headingLevel={3}
        query={query}
        isEmpty={(data) => data.length === 0}
        emptyMessage={t('alertLifecycle.empty')}
      >
        {(data) => (
          <>
            <ul className={styles.list}>
              {data.map((alert) => (
                <AlertEntry
                  key={alert.id}
                  alert={alert}
                  unitNames={unitNames}
                  mayManage={mayManage}
                  targeted={hash === alertAnchor(alert.id)}
                />
              ))}
            </ul>
            {alerts.hasNextPage ? (
              <Button onClick={() => void alerts.fetchNextPage()} disabled={alerts.isFetchingNextPage}>
                {alerts.isFetchingNextPage ? t('alertLifecycle.loadingMore') : t('alertLifecycle.more')}
              </Button>
            ) : null}
          </>
        )}
      </PanelFrame>
    </section>
  )
}
