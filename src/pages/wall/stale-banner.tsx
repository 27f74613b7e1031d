import { formatChinaDateTime } from '@/shared/lib/format'
import { useOnlineStatus } from '@/shared/lib/use-online-status'
import type { Locale } from '@/shared/i18n/locales'
import { fill } from './use-wall-texts'
import { useWallNow } from './use-wall-now'
import type { WallTexts } from './wall.zh-cn'
import { dataAgeMs, oldestAsOf, staleLevel } from './wall-time'
import styles from './wall-page.module.css'

/**
 * "数据时间 hh:mm" for the figures on screen, from the oldest `asOf` among them, with a word (not
 * only a colour) once they are old: a warning after two refreshes, an error after ten minutes.
 * Without a network it says since when: the figures stay, and refresh when it returns.
 */
export function StaleBanner(props: {
  asOfs: readonly (string | undefined)[]
  now: number
  refreshMs: number
  locale: Locale
  texts: WallTexts
  /** When the browser went offline (ms); null while online. */
  offlineSince?: number | null
}) {
  const { now, refreshMs, locale, texts, offlineSince = null } = props
  const oldest = oldestAsOf(props.asOfs)
  // Its place is kept before the first figures, so the footer does not rearrange when they come.
  if (oldest === undefined) return <p className={styles.stale} />
  const level = staleLevel(dataAgeMs(oldest, now), refreshMs)
  return (
    <p className={styles.stale} data-level={level}>
      <span>{fill(texts.dataTime, { time: formatChinaDateTime(oldest, locale, 'time') })}</span>
      {level === 'warn' ? <strong>⚠ {texts.staleWarn}</strong> : null}
      {level === 'error' ? <strong>⛔ {texts.staleError}</strong> : null}
      {offlineSince === null ? null : (
        <strong>⚠ {fill(texts.offline, { time: formatChinaDateTime(offlineSince, locale, 'time') })}</strong>
      )}
    </p>
  )
}

/** The banner on the wall: it follows the server-corrected clock each second by itself. */
export function LiveStaleBanner(
  props: Omit<Parameters<typeof StaleBanner>[0], 'now'> & { offsetMs: number },
) {
  const { offsetMs, ...rest } = props
  const { offlineSince } = useOnlineStatus()
  return <StaleBanner {...rest} now={useWallNow(offsetMs, 1000)} offlineSince={offlineSince} />
}
