import { chinaTimeZone, formatCalendarDay, formatChinaDateTime } from '@/shared/lib/format'
import type { Locale } from '@/shared/i18n/locales'
import type { WallTexts } from './wall.zh-cn'
import { useWallNow } from './use-wall-now'
import type { DayMark } from './wall-time'
import styles from './wall-page.module.css'

const weekdays = new Map<Locale, Intl.DateTimeFormat>()
function weekday(now: number, locale: Locale): string {
  let format = weekdays.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: chinaTimeZone })
    weekdays.set(locale, format)
  }
  return format.format(now)
}

/**
 * The time and date in China time, from the server-corrected clock, with the day's mark. It
 * ticks by itself, each second, without the page around it.
 */
export function WallClock(props: {
  /** The server's clock minus the browser's. */
  offsetMs: number
  today: string
  mark: DayMark
  locale: Locale
  texts: WallTexts
}) {
  const { offsetMs, today, mark, locale, texts } = props
  const now = useWallNow(offsetMs, 1000)
  return (
    <div className={styles.clock}>
      <time className={styles.time} dateTime={new Date(now).toISOString()}>
        {formatChinaDateTime(now, locale, 'timeSeconds')}
      </time>
      <span className={styles.date}>
        {formatCalendarDay(today, locale)} {weekday(now, locale)} · {texts.chinaTime}
        {mark ? <strong className={styles.dayMark}>{texts[mark]}</strong> : null}
      </span>
    </div>
  )
}
