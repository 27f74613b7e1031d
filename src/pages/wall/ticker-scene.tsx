import type { UseQueryResult } from '@tanstack/react-query'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { chinaDay, formatCalendarDay, formatChinaDateTime, formatCount } from '@/shared/lib/format'
import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import type { WallTexts } from './wall.zh-cn'
import styles from './wall-page.module.css'

type Ticker = components['schemas']['Ticker']
type Summary = components['schemas']['KpiSummary']
type TickerItem = Ticker['items'][number]

/** Names of the ticker's codes; an unknown code shows as itself. */
export type CodeName = (
  dimension: 'kind' | 'category' | 'district' | 'channel' | 'stage',
  code: string,
) => string

/**
 * The newest work orders: codes and the receipt time only (the API sends nothing else). Every
 * cell still goes through the masker: a public room must never see a phone or ID number, even
 * if a label or a code one day carries one.
 */
export function TickerScene(props: {
  ticker: UseQueryResult<Ticker>
  summaryToday: UseQueryResult<Summary>
  codeName: CodeName
  /** Today's China day: items of earlier days show their day too. */
  today: string
  locale: Locale
  texts: WallTexts
}) {
  const { ticker, summaryToday, codeName, today, locale, texts } = props
  const when = (receivedAt: string) => {
    const time = formatChinaDateTime(receivedAt, locale, 'time')
    const day = chinaDay(receivedAt)
    return day === today ? time : `${formatCalendarDay(day, locale, 'monthDay')} ${time}`
  }
  const open = summaryToday.data?.open
  const cell = (dimension: 'kind' | 'category' | 'channel' | 'stage', item: TickerItem) =>
    maskPersonalNumbers(codeName(dimension, item[dimension]))
  // The API leaves the district out of a rare category-and-district pair (fewer than 3 lately).
  const district = (item: TickerItem) =>
    item.district === null ? '—' : maskPersonalNumbers(codeName('district', item.district))
  const suppressed = ticker.data?.items.some((item) => item.district === null) ?? false
  return (
    <div className={styles.tickerScene}>
      <div className={styles.tickerTable}>
        {ticker.data ? (
          ticker.data.items.length > 0 ? (
            <table className={styles.table}>
              <caption className="visually-hidden">{texts.tickerCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.columns.time}</th>
                  <th scope="col">{texts.columns.kind}</th>
                  <th scope="col">{texts.columns.category}</th>
                  <th scope="col">{texts.columns.district}</th>
                  <th scope="col">{texts.columns.channel}</th>
                  <th scope="col">{texts.columns.stage}</th>
                </tr>
              </thead>
              <tbody>
                {ticker.data.items.map((item, i) => (
                  <tr key={`${item.receivedAt}-${i}`}>
                    <td className={styles.num}>{when(item.receivedAt)}</td>
                    <td>{cell('kind', item)}</td>
                    <td>{cell('category', item)}</td>
                    <td>{district(item)}</td>
                    <td>{cell('channel', item)}</td>
                    <td>{cell('stage', item)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className={styles.sub}>{texts.tickerEmpty}</p>
          )
        ) : null}
        {ticker.data && suppressed ? <p className={styles.sub}>{texts.tickerSuppressed}</p> : null}
        {ticker.data ? null : <p className={styles.sub}>{ticker.isError ? texts.noData : texts.loading}</p>}
      </div>
      <section className={styles.openCounts} aria-label={texts.open}>
        <h3 className={styles.periodTitle}>{texts.open}</h3>
        <dl className={styles.figures}>
          <div className={styles.figure} data-figure="open">
            <dt>{texts.openTotal}</dt>
            <dd className={styles.value}>{formatCount(open?.total, locale)}</dd>
          </div>
          <div className={styles.figure} data-figure="overdue" data-alert={(open?.overdue ?? 0) > 0}>
            <dt>{texts.overdue}</dt>
            <dd className={styles.value}>{formatCount(open?.overdue, locale)}</dd>
          </div>
          <div className={styles.figure} data-figure="atRisk">
            <dt>{texts.atRisk}</dt>
            <dd className={styles.value}>{formatCount(open?.atRisk, locale)}</dd>
          </div>
        </dl>
      </section>
    </div>
  )
}
