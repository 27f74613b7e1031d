import { useMemo } from 'react'
import { rowHasHoliday, type RateCell, type TrendModel } from '@/features/overview-trend/trend-model'
import type { Locale } from '@/shared/i18n/locales'
import { formatCalendarDay, formatCount, formatRate } from '@/shared/lib/format'
import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import { Chart } from '@/shared/ui/chart/chart'
import { ChannelMix } from './channel-mix'
import type { CodeName } from './ticker-scene'
import { fill } from './use-wall-texts'
import type { WallTrendsData } from './use-wall-trends-data'
import { useScreenUnit } from './use-screen-unit'
import { buildWallTrendOption, trendTotals } from './wall-trend-option'
import type { WallTexts } from './wall.zh-cn'
import styles from './wall-page.module.css'
import own from './trends-scene.module.css'

/** "99.50%（199/200）", or "—（无到期）" when nothing fell due. */
function rateCellText(cell: RateCell, locale: Locale, texts: WallTexts): string {
  if (cell.value === null || cell.numerator === null || cell.denominator === null)
    return `${formatRate(cell.value, locale)}（${texts.trends.noneDue}）`
  return fill(texts.trends.rateCounts, {
    rate: formatRate(cell.value, locale, cell),
    numerator: formatCount(cell.numerator, locale),
    denominator: formatCount(cell.denominator, locale),
  })
}

/** The chart's text alternative: every day's figures, visually hidden. Names are React text. */
function TrendTable(props: {
  model: TrendModel
  channelNames: readonly string[]
  holidays: ReadonlySet<string>
  locale: Locale
  texts: WallTexts
}) {
  const { model, channelNames, holidays, locale, texts } = props
  return (
    <table>
      <caption>{texts.trends.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{texts.trends.day}</th>
          {model.channels.map((code, index) => (
            <th scope="col" key={code}>
              {channelNames[index] ?? code}
            </th>
          ))}
          <th scope="col">{texts.trends.total}</th>
          <th scope="col">{texts.closure}</th>
          <th scope="col">{texts.trends.holiday}</th>
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.start}>
            <th scope="row">
              {row.running
                ? fill(texts.trends.runningDay, { day: formatCalendarDay(row.start, locale, 'date') })
                : formatCalendarDay(row.start, locale, 'date')}
            </th>
            {row.counts.map((count, index) => (
              <td key={model.channels[index] ?? index}>{formatCount(count, locale)}</td>
            ))}
            <td>{formatCount(row.total, locale)}</td>
            <td>{rateCellText(row.closure, locale, texts)}</td>
            <td>{rowHasHoliday(row, holidays) ? texts.trends.yes : texts.trends.no}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Scene 2: received per day over the last 30 days stacked by channel, with the on-time closure
 * rate, holidays shaded; beside it the channel mix today and this year. The chart is the shared
 * one (ECharts, disposed when the scene leaves); its figures are also text.
 */
export function TrendsScene(props: {
  data: WallTrendsData
  codeName: CodeName
  locale: Locale
  texts: WallTexts
}) {
  const { data, codeName, locale, texts } = props
  const { model, holidays } = data
  const unit = useScreenUnit()
  const fontSize = Math.round(unit * 1.8)
  const channelNames = useMemo(
    () => (model?.channels ?? []).map((code) => maskPersonalNumbers(codeName('channel', code))),
    [model, codeName],
  )

  const option = useMemo(
    () =>
      model
        ? buildWallTrendOption({
            model,
            categories: model.rows.map((row) => formatCalendarDay(row.start, locale, 'monthDay')),
            channelNames,
            names: {
              closure: texts.closure,
              holiday: texts.holiday,
              running: texts.trends.running,
              valueAxis: texts.trends.valueAxis,
            },
            holidays: holidays.days,
            format: {
              count: (count) => formatCount(count, locale),
              rate: (rate) => formatRate(rate, locale),
            },
            fontSize,
          })
        : undefined,
    [model, channelNames, holidays.days, locale, texts, fontSize],
  )

  const totals = model ? trendTotals(model) : undefined
  const perDay = totals?.perDay ?? null
  const trendFailed = data.received.isError || data.closure.isError

  return (
    <div className={own.trends}>
      <section className={own.panel} aria-labelledby="wall-trend-title">
        <h3 id="wall-trend-title" className={styles.periodTitle}>
          {texts.trends.chartTitle}
        </h3>
        <dl className={own.totals}>
          <div className={own.total} data-figure="received30">
            <dt>{texts.trends.received30}</dt>
            <dd className={own.totalValue}>{formatCount(totals?.received, locale)}</dd>
          </div>
          <div className={own.total} data-figure="perDay">
            <dt>{texts.trends.perDay}</dt>
            <dd className={own.totalValue}>
              {formatCount(perDay === null ? null : Math.round(perDay), locale)}
            </dd>
          </div>
          <div className={own.total} data-figure="closure30">
            <dt>{texts.trends.closure30}</dt>
            <dd className={own.totalValue}>{formatRate(totals?.closure.value, locale, totals?.closure)}</dd>
          </div>
        </dl>
        <div className={own.chart}>
          {model && option ? (
            <Chart
              option={option}
              label={texts.trends.chartLabel}
              height="100%"
              className={own.figure}
              textAlternative={
                <TrendTable
                  model={model}
                  channelNames={channelNames}
                  holidays={holidays.days}
                  locale={locale}
                  texts={texts}
                />
              }
            />
          ) : (
            <p className={styles.sub}>{trendFailed ? texts.noData : texts.loading}</p>
          )}
        </div>
        {holidays.failed ? <p className={styles.sub}>{texts.trends.holidaysUnavailable}</p> : null}
      </section>
      <ChannelMix
        today={data.mixToday}
        year={data.mixYear}
        codeName={codeName}
        locale={locale}
        texts={texts}
      />
    </div>
  )
}
