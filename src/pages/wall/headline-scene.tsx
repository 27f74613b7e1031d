import type { UseQueryResult } from '@tanstack/react-query'
import { isBelowTarget } from '@/features/six-timely/timely-status'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { formatCount, formatMoneyFen, formatRate } from '@/shared/lib/format'
import { fill } from './use-wall-texts'
import type { WallTexts } from './wall.zh-cn'
import styles from './wall-page.module.css'

type Summary = components['schemas']['KpiSummary']
type SixTimely = components['schemas']['SixTimely']

/** Why a rate shows "—": nothing fell due in the period (not a zero pretending to be data). */
function NoRateReason(props: { due: number | undefined; texts: WallTexts }) {
  return props.due === 0 ? <dd className={styles.sub}>{props.texts.noRate}</dd> : null
}

function PeriodFigures(props: {
  title: string
  summary: Summary | undefined
  locale: Locale
  texts: WallTexts
}) {
  const { title, summary, locale, texts } = props
  const received = summary?.received
  return (
    <section className={styles.period} aria-label={title}>
      <h3 className={styles.periodTitle}>{title}</h3>
      <dl className={styles.figures}>
        <div className={styles.figure} data-figure="received">
          <dt>{texts.received}</dt>
          <dd className={styles.value}>{formatCount(received?.total, locale)}</dd>
          <dd className={styles.sub}>
            {fill(texts.receivedParts, {
              complaints: formatCount(received?.complaints, locale),
              reports: formatCount(received?.reports, locale),
              consultations: formatCount(received?.consultations, locale),
            })}
          </dd>
        </div>
        <div className={styles.figure} data-figure="initialCheck">
          <dt>{texts.initialCheck}</dt>
          <dd className={styles.value}>
            {formatRate(summary?.initialCheck.rate, locale, {
              numerator: summary?.initialCheck.onTime,
              denominator: summary?.initialCheck.due,
            })}
          </dd>
          <NoRateReason due={summary?.initialCheck.due} texts={texts} />
        </div>
        <div className={styles.figure} data-figure="closure">
          <dt>{texts.closure}</dt>
          <dd className={styles.value}>
            {formatRate(summary?.closure.rate, locale, {
              numerator: summary?.closure.onTime,
              denominator: summary?.closure.due,
            })}
          </dd>
          <NoRateReason due={summary?.closure.due} texts={texts} />
        </div>
        <div className={styles.figure} data-figure="recovered">
          <dt>{texts.recovered}</dt>
          <dd className={styles.value}>{formatMoneyFen(summary?.recoveredFen, locale)}</dd>
        </div>
      </dl>
    </section>
  )
}

/** Today's and this year's key figures, and the six timely rates against their targets. */
export function HeadlineScene(props: {
  today: UseQueryResult<Summary>
  year: UseQueryResult<Summary>
  sixTimely: UseQueryResult<SixTimely>
  sixTimelyNames: Record<SixTimely['items'][number]['code'], string>
  locale: Locale
  texts: WallTexts
}) {
  const { today, year, sixTimely, sixTimelyNames, locale, texts } = props
  return (
    <div className={styles.headline}>
      <div className={styles.periods}>
        <PeriodFigures title={texts.today} summary={today.data} locale={locale} texts={texts} />
        <PeriodFigures title={texts.year} summary={year.data} locale={locale} texts={texts} />
      </div>
      <section className={styles.timely} aria-label={texts.sixTimely}>
        <h3 className={styles.periodTitle}>{texts.sixTimely}</h3>
        {sixTimely.data ? (
          <ul className={styles.timelyList}>
            {sixTimely.data.items.map((item) => {
              const below = isBelowTarget(item)
              return (
                <li key={item.code} className={styles.timelyItem} data-below={below}>
                  <span className={styles.timelyName}>{sixTimelyNames[item.code]}</span>
                  <span className={styles.timelyRate}>
                    {formatRate(item.rate, locale, {
                      numerator: item.numerator,
                      denominator: item.denominator,
                    })}
                  </span>
                  <span className={styles.sub}>
                    {fill(texts.target, { target: formatRate(item.target, locale) })}
                  </span>
                  <span className={styles.timelyStatus}>
                    {item.rate === null ? texts.noRate : below ? texts.belowTarget : texts.metTarget}
                  </span>
                </li>
              )
            })}
          </ul>
        ) : (
          <p className={styles.sub}>{sixTimely.isError ? texts.noData : texts.loading}</p>
        )}
      </section>
    </div>
  )
}
