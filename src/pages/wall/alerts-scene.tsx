import type { UseQueryResult } from '@tanstack/react-query'
import type { components } from '@/shared/api/schema.gen'
import { formatCount, formatSignedChange } from '@/shared/lib/format'
import {
  alertDetail,
  alertHandling,
  alertWhat,
  businessText,
  wallText,
  wallWhen,
  type AlertNaming,
  type AlertSummary,
} from './alert-text'
import { fill } from './use-wall-texts'
import { hotspotRows } from './use-wall-alerts-data'
import { wallBusinesses, wallHotspots } from './wall-small-cells'
import styles from './alerts-scene.module.css'

type AlertSummaryPage = components['schemas']['AlertSummaryPage']
type Hotspots = components['schemas']['Hotspots']

/** A symbol per type, beside its name: the type never rests on colour alone. */
const typeSymbols: Record<AlertSummary['type'], string> = { yellowCard: '▲', redCard: '■', spike: '↑' }
/** Business names per alert on the wall: two fit a row at every size. */
const businessesShown = 2

function AlertItem(props: { alert: AlertSummary; isNew: boolean; today: string; naming: AlertNaming }) {
  const { alert, isNew, today, naming } = props
  const { texts, locale } = naming
  const businesses = wallBusinesses(alert.businesses, businessesShown)
  const handling = alertHandling(alert, naming, today)
  return (
    <li className={styles.alert} data-type={alert.type} data-new={isNew}>
      <span className={styles.type}>
        <span aria-hidden="true">{typeSymbols[alert.type]} </span>
        {texts.alerts.type[alert.type]}
      </span>
      <span className={styles.what}>
        {isNew ? <strong className={styles.newBadge}>{texts.alerts.newBadge}</strong> : null}
        {alertWhat(alert, naming)}
      </span>
      <span className={styles.when}>
        <time dateTime={alert.raisedAt}>
          {wallText(fill(texts.alerts.raisedAt, { time: wallWhen(alert.raisedAt, today, locale) }))}
        </time>
      </span>
      <span className={styles.detail}>{alertDetail(alert, naming)}</span>
      {handling === null ? null : (
        <span className={styles.handling} data-status={alert.status}>
          <span aria-hidden="true">✓ </span>
          {handling}
        </span>
      )}
      {businesses.length > 0 ? (
        <span className={styles.businesses}>
          {fill(texts.alerts.businesses, {
            names: businesses
              .map((business) => businessText(business, naming))
              .join(texts.alerts.listSeparator),
          })}
        </span>
      ) : null}
    </li>
  )
}

/**
 * Hotspots and alerts: the newest alerts still being handled (cards and spikes; how, once a
 * director has taken one on), a new one marked, and
 * the category-district pairs rising most against their baseline this week. Only what cannot
 * identify anyone reaches this scene (GET /alert-summaries, the wall's hotspots); every text
 * still goes through the masker, and small cells are left out again here.
 */
export function AlertsScene(props: {
  alerts: UseQueryResult<AlertSummaryPage>
  hotspots: UseQueryResult<Hotspots>
  /** Alerts that came up while the wall ran (use-new-alerts.ts). */
  fresh: ReadonlyMap<string, number>
  today: string
  naming: AlertNaming
}) {
  const { alerts, hotspots, fresh, today, naming } = props
  const { texts, locale, codeName } = naming
  const page = alerts.data
  const rising = hotspots.data ? wallHotspots(hotspots.data.items, hotspotRows) : []
  // With no alert to show, the hotspots take the wide column (alerts-scene.module.css).
  const noAlerts = page?.items.length === 0
  return (
    <div className={styles.scene} data-no-alerts={noAlerts}>
      <section className={styles.panel} aria-labelledby="wall-alerts-open">
        <div className={styles.panelHead}>
          <h3 id="wall-alerts-open" className={styles.panelTitle}>
            {texts.alerts.openTitle}
          </h3>
          {page && page.items.length > 0 ? (
            <p className={styles.count}>
              {page.total > page.items.length
                ? fill(texts.alerts.shown, {
                    count: formatCount(page.items.length, locale),
                    total: formatCount(page.total, locale),
                  })
                : fill(texts.alerts.total, { total: formatCount(page.total, locale) })}
            </p>
          ) : null}
        </div>
        {page ? (
          page.items.length > 0 ? (
            <ol className={styles.list}>
              {page.items.map((alert) => (
                <AlertItem
                  key={alert.id}
                  alert={alert}
                  isNew={fresh.has(alert.id)}
                  today={today}
                  naming={naming}
                />
              ))}
            </ol>
          ) : (
            <p className={styles.note}>{texts.alerts.none}</p>
          )
        ) : (
          <p className={styles.note}>{alerts.isError ? texts.noData : texts.loading}</p>
        )}
      </section>

      <section className={styles.panel} aria-labelledby="wall-alerts-hotspots">
        <div className={styles.panelHead}>
          <h3 id="wall-alerts-hotspots" className={styles.panelTitle}>
            {texts.alerts.hotspotsTitle}
          </h3>
        </div>
        {hotspots.data ? (
          rising.length > 0 ? (
            <ol className={`${styles.list} ${styles.hotspots}`}>
              {rising.map((hotspot) => (
                <li
                  key={`${hotspot.category}-${hotspot.district}`}
                  className={styles.hotspot}
                  data-surge={hotspot.surge}
                >
                  <span className={styles.what}>
                    {wallText(
                      fill(texts.alerts.spikeWhat, {
                        category: codeName('category', hotspot.category),
                        area: codeName('district', hotspot.district),
                      }),
                    )}
                  </span>
                  <span className={styles.hotspotCount}>
                    {fill(texts.alerts.hotspotCount, { n: formatCount(hotspot.count, locale) })}
                  </span>
                  <span className={styles.change}>
                    <span aria-hidden="true">↑ </span>
                    {formatSignedChange(hotspot.change, 'percent', locale)}
                  </span>
                  <span className={styles.baseline}>
                    {hotspot.surge ? <strong className={styles.surge}>{texts.alerts.surge}</strong> : null}
                    {fill(texts.alerts.hotspotBaseline, {
                      mean: formatCount(Math.round(hotspot.baselineMean), locale),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className={styles.note}>{texts.alerts.hotspotsNone}</p>
          )
        ) : (
          <p className={styles.note}>{hotspots.isError ? texts.noData : texts.loading}</p>
        )}
      </section>
    </div>
  )
}
