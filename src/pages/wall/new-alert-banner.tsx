import type { components } from '@/shared/api/schema.gen'
import { formatCount } from '@/shared/lib/format'
import { alertWhat, wallText, type AlertNaming } from './alert-text'
import { fill } from './use-wall-texts'
import styles from './alerts-scene.module.css'

type AlertSummaryPage = components['schemas']['AlertSummaryPage']

/**
 * "新预警：…" in the header strip, on whatever scene shows, while a new alert is fresh. A status
 * region that is always there (empty when nothing is new), so that a screen reader hears a new
 * alert once; new alerts are rare, unlike the rotation it keeps quiet about.
 */
export function NewAlertBanner(props: {
  page: AlertSummaryPage | undefined
  fresh: ReadonlyMap<string, number>
  naming: AlertNaming
}) {
  const { page, fresh, naming } = props
  // Newest first, as the API lists them; one that was cleared meanwhile is no longer news.
  const shown = page?.items.filter((alert) => fresh.has(alert.id)) ?? []
  const first = shown[0]
  const { texts, locale } = naming
  const what = first ? `${texts.alerts.type[first.type]} · ${alertWhat(first, naming)}` : ''
  return (
    <p className={styles.banner} role="status" data-shown={first !== undefined}>
      {first
        ? wallText(
            shown.length === 1
              ? fill(texts.alerts.newBanner, { what })
              : fill(texts.alerts.newBannerMore, {
                  what,
                  count: formatCount(shown.length, locale),
                  more: formatCount(shown.length - 1, locale),
                }),
          )
        : null}
    </p>
  )
}
