import type { UseQueryResult } from '@tanstack/react-query'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { formatCount, formatRate, missingValue } from '@/shared/lib/format'
import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import type { CodeName } from './ticker-scene'
import { wallCount } from './wall-ranking'
import type { WallTexts } from './wall.zh-cn'
import styles from './wall-page.module.css'
import own from './trends-scene.module.css'

type Breakdown = components['schemas']['Breakdown']

/** A count, or "—" with the reason when fewer than three items built it. */
function CountCell({
  count,
  locale,
  texts,
}: {
  count: number | 'fewItems' | undefined
  locale: Locale
  texts: WallTexts
}) {
  if (count === 'fewItems')
    return (
      <td className={own.num} data-suppressed="true">
        {missingValue}
        <span className={own.reason}>{texts.rankings.fewItems}</span>
      </td>
    )
  return <td className={own.num}>{formatCount(count, locale)}</td>
}

/**
 * Received by intake channel, today and this year, with each channel's share of the year. A
 * channel the API left out (fewer than three items) shows "—" with the reason; shares are of
 * the channels shown.
 */
export function ChannelMix(props: {
  today: UseQueryResult<Breakdown>
  year: UseQueryResult<Breakdown>
  codeName: CodeName
  locale: Locale
  texts: WallTexts
}) {
  const { today, year, codeName, locale, texts } = props
  const yearRows = year.data ? [...year.data.rows].sort((a, b) => a.rank - b.rank) : []
  const keys = [...yearRows.map((row) => row.key)]
  for (const row of today.data?.rows ?? []) if (!keys.includes(row.key)) keys.push(row.key)
  const yearCounts = new Map(keys.map((key) => [key, wallCount(year.data?.rows, key)]))
  const yearTotal = [...yearCounts.values()].reduce<number>(
    (sum, count) => sum + (typeof count === 'number' ? count : 0),
    0,
  )

  return (
    <section className={own.panel} aria-labelledby="wall-mix-title">
      <h3 id="wall-mix-title" className={styles.periodTitle}>
        {texts.trends.mixTitle}
      </h3>
      {keys.length > 0 ? (
        <table className={own.mix}>
          <caption className="visually-hidden">{texts.trends.mixCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.trends.channel}</th>
              <th scope="col" className={own.num}>
                {texts.trends.today}
              </th>
              <th scope="col" className={own.num}>
                {texts.trends.year}
              </th>
              <th scope="col" className={own.num}>
                {texts.trends.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => {
              const yearCount = yearCounts.get(key)
              const share = typeof yearCount === 'number' && yearTotal > 0 ? yearCount / yearTotal : null
              return (
                <tr key={key} data-channel={key}>
                  <th scope="row">
                    {maskPersonalNumbers(codeName('channel', key))}
                    <span className={own.track} aria-hidden="true">
                      <span className={own.bar} style={{ width: `${(share ?? 0) * 100}%` }} />
                    </span>
                  </th>
                  <CountCell count={wallCount(today.data?.rows, key)} locale={locale} texts={texts} />
                  <CountCell count={yearCount} locale={locale} texts={texts} />
                  <td className={own.num}>
                    {formatRate(share, locale, {
                      numerator: typeof yearCount === 'number' ? yearCount : null,
                      denominator: yearTotal,
                    })}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p className={styles.sub}>
          {year.data
            ? // Loaded, and nothing yet: the first minutes of 1 January.
              texts.trends.mixEmpty
            : year.isError && today.isError
              ? texts.noData
              : texts.loading}
        </p>
      )}
    </section>
  )
}
