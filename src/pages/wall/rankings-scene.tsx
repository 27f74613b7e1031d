import type { UseQueryResult } from '@tanstack/react-query'
import type { RateBand } from '@/features/overview-breakdowns/model/rate-band'
import type { components } from '@/shared/api/schema.gen'
import type { Locale } from '@/shared/i18n/locales'
import { formatCount, formatRate, formatSignedChange, missingValue } from '@/shared/lib/format'
import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import { usePreferences } from '@/shared/preferences/preferences-store'
import type { CodeName } from './ticker-scene'
import { fill } from './use-wall-texts'
import type { WallRankingsData } from './use-wall-rankings-data'
import { wallCount, wallRanking, type WallRankEntry } from './wall-ranking'
import type { WallTexts } from './wall.zh-cn'
import styles from './wall-page.module.css'
import own from './rankings-scene.module.css'

type SixTimely = components['schemas']['SixTimely']
type Breakdown = components['schemas']['Breakdown']

/** Rows per end of a list: the best five and the worst five fit every wall size. */
const listLimit = 5

/** Each band has a symbol and a word: colour is the third cue, never the only one. */
const bandSymbols: Record<RateBand, string> = { onTarget: '✓', nearTarget: '!', belowTarget: '✕' }

function RankRow(props: {
  entry: WallRankEntry
  name: string
  received: number | 'fewItems' | undefined
  locale: Locale
  texts: WallTexts
}) {
  const { entry, name, received, locale, texts } = props
  const { cell } = entry
  const band = cell.kind === 'rate' ? cell.band : null
  return (
    <tr data-band={band ?? cell.kind} data-key={entry.key}>
      <td className={own.rank}>
        {entry.position ?? (
          <>
            <span aria-hidden="true">{missingValue}</span>
            <span className="visually-hidden">{texts.rankings.notRanked}</span>
          </>
        )}
      </td>
      {/* Names are data: React text only, and masked again like every cell of the wall. */}
      <th scope="row" className={own.name}>
        <span className={own.nameText}>{maskPersonalNumbers(name)}</span>
      </th>
      <td className={own.rate}>
        {cell.kind === 'rate' ? (
          <>
            <span className={own.rateValue}>
              {formatRate(cell.rate, locale, { numerator: cell.numerator, denominator: cell.denominator })}
            </span>{' '}
            <span className={own.counts}>
              {formatCount(cell.numerator, locale)}/{formatCount(cell.denominator, locale)}
            </span>
          </>
        ) : (
          <>
            <span className={own.rateValue}>{missingValue}</span>{' '}
            <span className={own.counts}>
              {cell.kind === 'fewItems' ? texts.rankings.fewItems : texts.rankings.noneDue}
            </span>
          </>
        )}
      </td>
      <td className={own.bandCell}>
        {band ? (
          <span className={own.band} data-band={band}>
            <span aria-hidden="true" className={own.symbol}>
              {bandSymbols[band]}
            </span>
            {texts.rankings.bands[band]}
          </span>
        ) : (
          <span className={own.muted}>{cell.kind === 'rate' ? missingValue : texts.rankings.notRanked}</span>
        )}
      </td>
      <td className={own.received}>
        {received === 'fewItems' ? (
          <>
            <span aria-hidden="true">{missingValue}</span>
            <span className="visually-hidden">{texts.rankings.fewItems}</span>
          </>
        ) : (
          formatCount(received, locale)
        )}
      </td>
    </tr>
  )
}

function RankTable(props: {
  title: string
  caption: string
  closure: UseQueryResult<Breakdown>
  received: UseQueryResult<Breakdown>
  nameOf: (key: string) => string
  target: number | null
  marginPoints: number
  locale: Locale
  texts: WallTexts
}) {
  const { title, caption, closure, received, nameOf, target, marginPoints, locale, texts } = props
  const ranking = closure.data
    ? wallRanking(closure.data.rows, {
        limit: listLimit,
        target,
        marginPoints,
        suppressedRows: closure.data.suppressedRows,
      })
    : undefined
  const row = (entry: WallRankEntry) => (
    <RankRow
      key={entry.key}
      entry={entry}
      name={nameOf(entry.key)}
      received={wallCount(received.data?.rows, entry.key)}
      locale={locale}
      texts={texts}
    />
  )
  const split = ranking !== undefined && ranking.bottom.length > 0
  return (
    <section className={own.panel} aria-label={title}>
      <h3 className={styles.periodTitle}>{title}</h3>
      {ranking ? (
        <table className={own.table}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={own.rank}>
                {texts.rankings.rank}
              </th>
              <th scope="col">{texts.rankings.name}</th>
              <th scope="col" className={own.rate}>
                {texts.rankings.rate}
              </th>
              <th scope="col">{texts.rankings.band}</th>
              <th scope="col" className={own.received}>
                {texts.rankings.received}
              </th>
            </tr>
          </thead>
          <tbody>
            {split ? (
              <tr className={own.group}>
                <th scope="colgroup" colSpan={5}>
                  {fill(texts.rankings.best, { count: ranking.top.length })}
                </th>
              </tr>
            ) : null}
            {ranking.top.map(row)}
          </tbody>
          {split ? (
            <tbody>
              <tr className={own.group}>
                <th scope="colgroup" colSpan={5}>
                  {fill(texts.rankings.worst, { count: ranking.bottom.length })}
                </th>
              </tr>
              {ranking.bottom.map(row)}
            </tbody>
          ) : null}
        </table>
      ) : (
        <p className={styles.sub}>{closure.isError ? texts.noData : texts.loading}</p>
      )}
      {ranking && ranking.leftOut > 0 ? (
        <p className={own.note}>
          {fill(texts.rankings.leftOut, { count: formatCount(ranking.leftOut, locale) })}
        </p>
      ) : null}
    </section>
  )
}

/**
 * Scene 3: districts and handling units ranked by on-time closure over the last 30 days, with
 * their volume, banded against the closure target (the six timely `handling` target): blue at
 * or above it, yellow within the margin preference below it, red beyond; a symbol and a word say
 * the same. Every district is listed; of the units, the best and the worst five.
 */
export function RankingsScene(props: {
  data: WallRankingsData
  sixTimely: UseQueryResult<SixTimely>
  codeName: CodeName
  locale: Locale
  texts: WallTexts
}) {
  const { data, sixTimely, codeName, locale, texts } = props
  const marginPoints = usePreferences((state) => state.bandMarginPoints)
  const target = sixTimely.data?.items.find((item) => item.code === 'handling')?.target ?? null
  // The margin is a distance, not a change: no sign.
  const margin = formatSignedChange(marginPoints / 100, 'points', locale).replace(/^\+/, '')
  const unitNames = new Map((data.units.data?.items ?? []).map((unit) => [unit.code, unit.name]))
  const common = { target, marginPoints, locale, texts }

  return (
    <div className={own.rankings}>
      <p className={own.lead}>
        <span>{texts.rankings.period}</span>
        <span data-figure="target">
          {target === null
            ? texts.rankings.noTarget
            : fill(texts.rankings.target, { target: formatRate(target, locale), margin })}
        </span>
      </p>
      <div className={own.panels}>
        <RankTable
          title={texts.rankings.districts}
          caption={texts.rankings.districtsCaption}
          closure={data.districtClosure}
          received={data.districtReceived}
          nameOf={(key) => codeName('district', key)}
          {...common}
        />
        <RankTable
          title={texts.rankings.units}
          caption={texts.rankings.unitsCaption}
          closure={data.unitClosure}
          received={data.unitReceived}
          nameOf={(key) => unitNames.get(key) ?? key}
          {...common}
        />
      </div>
    </div>
  )
}
