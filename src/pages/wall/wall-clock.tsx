import { chinaTimeZone, formatCalendarDay, formatChinaDateTime } from '@/shared/lib/format'
import type { Locale } from '@/shared/i18n/locales'
import type { WallTexts } from './wall.zh-cn'
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

/** The time and date in China time, from the server-corrected clock, with the day's mark. */
export function WallClock(props: {
  now: number
  today: string
  mark: DayMark
  locale: Locale
  texts: WallTexts
}) {
  const { now, today, mark, locale, texts } = props
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
