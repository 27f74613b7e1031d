import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import type { components } from '@/shared/api/schema.gen'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { PanelFrame, type PanelQuery } from '@/shared/ui/panel/panel-frame'
import { AlertRow } from './alert-row'
import { isForbidden, useOpenAlerts } from './open-alerts-query'
import { QuietWalls } from './quiet-walls'
import styles from './alerts-strip.module.css'

type StripData = { kind: 'alerts'; page: components['schemas']['AlertPage'] } | { kind: 'forbidden' }

/**
 * The newest open alerts (deadline cards and spikes), each a way into Hotspots, and any wall
 * display that stopped reporting. For a role that
 * may not see alerts the strip says so in a plain sentence: that is how the account is, not an
 * error to retry.
 */
export function AlertsStrip() {
  const { t } = useTranslation()
  const locale = useLocale()
  const alerts = useOpenAlerts()
  const page = alerts.data?.pages[0]
  const forbidden = alerts.status === 'error' && isForbidden(alerts.error)
  // Unit names only matter for cards; the reference list is cached for an hour.
  const units = useQuery({
    ...unitsQueryOptions(),
    enabled: page?.items.some((alert) => alert.unit !== null) ?? false,
  })
  const unitNames = new Map(units.data?.items.map((unit) => [unit.code, unit.name]))

  const query: PanelQuery<StripData> = forbidden
    ? {
        data: { kind: 'forbidden' },
        error: null,
        status: 'success',
        isFetching: false,
        dataUpdatedAt: alerts.errorUpdatedAt,
        refetch: alerts.refetch,
      }
    : {
        data: page && { kind: 'alerts', page },
        error: alerts.error,
        status: alerts.status,
        isFetching: alerts.isFetching,
        dataUpdatedAt: alerts.dataUpdatedAt,
        errorUpdatedAt: alerts.errorUpdatedAt,
        refetch: alerts.refetch,
      }

  return (
    <PanelFrame
      title={t('alertsStrip.title')}
      query={query}
      actions={
        forbidden ? null : (
          <Link to="/hotspots" className={styles.action}>
            {t('alertsStrip.toHotspots')}
          </Link>
        )
      }
    >
      {(data) =>
        data.kind === 'forbidden' ? (
          <p className={styles.note}>{t('alertsStrip.forbidden')}</p>
        ) : (
          <>
            {/* Above the alerts, and shown when there are none too (no isEmpty: it would hide it). */}
            <QuietWalls />
            {data.page.items.length === 0 ? (
              <p className={styles.note}>{t('alertsStrip.empty')}</p>
            ) : (
              <ul className={styles.list}>
                {data.page.items.map((alert) => (
                  <AlertRow key={alert.id} alert={alert} unitNames={unitNames} locale={locale} />
                ))}
              </ul>
            )}
            {data.page.total > data.page.items.length ? (
              <p className={styles.note}>
                {t('alertsStrip.shown', {
                  count: data.page.items.length,
                  total: formatCount(data.page.total, locale),
                })}
              </p>
            ) : null}
          </>
        )
      }
    </PanelFrame>
  )
}
