import { useMemo } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import type { components } from '@/shared/api/schema.gen'
import { channelCodeSchema } from '@/shared/api/validators.gen'
import type { Locale } from '@/shared/i18n/locales'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount, formatList, formatRate, missingValue } from '@/shared/lib/format'
import { Chart } from '@/shared/ui/chart/chart'
import { useChartTheme } from '@/shared/ui/chart/use-chart-theme'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { bucketLabels } from './bucket-label'
import { buildTrendOption } from './build-trend-option'
import { holidayRuns, isEmptyTrend, type RateCell, type TrendModel } from './trend-model'
import styles from './trend-panel.module.css'
import { TrendTable } from './trend-table'
import { trendRange, type TrendRange } from './trend-range'
import { eventRuns } from '@/entities/calendar/model/event-runs'
import { useEvents, type EventState } from './use-events'
import { useHolidays, type HolidayState } from './use-holidays'
import { useTrendQuery } from './use-trend-query'

/**
 * The overview's trend: received per day, week or month (by the period's length) stacked by
 * channel, the on-time initial-check and closure rates as lines on a percent axis, holidays
 * shaded. A one-day period is shown as the last 14 days, and the panel says so.
 */
export function TrendPanel({ filters, carryScope }: OverviewPanelProps) {
  const { t } = useTranslation()
  const { from, to } = filters
  const range = useMemo(() => trendRange({ from, to }), [from, to])
  const query = useTrendQuery(filters, range, carryScope)
  const holidays = useHolidays(range)
  const events = useEvents(range)

  const subtitle =
    range.recentDays === null
      ? t(`overviewTrend.interval.${range.interval}`)
      : t('overviewTrend.recent', { days: range.recentDays })

  return (
    <PanelFrame
      title={t('overviewTrend.title')}
      actions={<p className={styles.subtitle}>{subtitle}</p>}
      query={query}
      isEmpty={isEmptyTrend}
    >
      {(model) => <TrendChart model={model} range={range} holidays={holidays} events={events} />}
    </PanelFrame>
  )
}

interface TrendChartProps {
  readonly model: TrendModel
  readonly range: TrendRange
  readonly holidays: HolidayState
  readonly events: EventState
}

function TrendChart({ model, range, holidays, events }: TrendChartProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const theme = useChartTheme()
  const shaded = range.interval !== 'month'

  const option = useMemo(() => {
    const formatRateCell = rateCellFormatter(t, locale)
    const categories = bucketLabels(model.rows, range.interval, locale, (year, month) =>
      t('overviewTrend.month', { year, month, month2: String(month).padStart(2, '0') }),
    )
    return buildTrendOption({
      model,
      categories,
      channelNames: channelNames(model, t),
      names: {
        initialCheck: t('overviewTrend.initialCheckRate'),
        closure: t('overviewTrend.closureRate'),
        holiday: t(range.interval === 'week' ? 'overviewTrend.holidayWeek' : 'overviewTrend.holiday'),
        running: t('overviewTrend.running'),
        valueAxis: t('overviewTrend.valueAxis'),
        rateAxis: t('overviewTrend.rateAxis'),
      },
      holidayRuns: shaded ? holidayRuns(model.rows, holidays.days) : [],
      eventRuns: eventRuns(events.items, model.rows).map((run) => ({
        label: t(`events.code.${run.event.code}`),
        first: run.first,
        last: run.last,
      })),
      format: {
        count: (count) => formatCount(count, locale),
        rateCell: formatRateCell,
        rateTick: (rate) => formatRate(rate, locale),
      },
      theme,
    })
  }, [model, range.interval, locale, t, holidays.days, events.items, shaded, theme])

  return (
    <>
      <Chart
        option={option}
        label={t('overviewTrend.chartLabel')}
        textAlternative={
          <TrendTable
            model={model}
            channelNames={channelNames(model, t)}
            formatRateCell={rateCellFormatter(t, locale)}
            holidays={shaded ? holidays.days : undefined}
            events={shaded ? events.items : undefined}
            locale={locale}
          />
        }
      />
      {shaded && holidays.failed ? (
        <p className={styles.note}>{t('overviewTrend.holidaysUnavailable')}</p>
      ) : null}
      {events.failed ? <p className={styles.note}>{t('events.unavailable')}</p> : null}
      {shaded && holidays.assumedYears.length > 0 ? (
        <p className={styles.note}>
          {t('overviewTrend.holidaysAssumed', {
            years: formatList(holidays.assumedYears.map(String), locale),
          })}
        </p>
      ) : null}
    </>
  )
}

type ChannelCode = components['schemas']['ChannelCode']

// i18next's own type: the hook's `t` type is instantiated anew for each call and, with a
// dictionary this large, grows too deep for the compiler.
type Translate = TFunction

function channelNames(model: TrendModel, t: Translate): string[] {
  // A code the UI does not know yet (a new channel) is shown as its code rather than dropped:
  // dropping it would make the stack's total disagree with the API.
  return model.channels.map((code) => (isChannelCode(code) ? t(`codes.channel.${code}`) : code))
}

function isChannelCode(code: string): code is ChannelCode {
  return (channelCodeSchema.options as readonly string[]).includes(code)
}

/** "95.0%（19/20）", or "—（无到期）" when nothing fell due in the bucket. */
function rateCellFormatter(t: Translate, locale: Locale): (cell: RateCell) => string {
  return (cell) => {
    if (cell.value === null) return t('overviewTrend.rateNoneDue', { rate: missingValue })
    const rate = formatRate(cell.value, locale, cell)
    if (cell.numerator === null || cell.denominator === null) return rate
    return t('overviewTrend.rateWithCounts', {
      rate,
      numerator: formatCount(cell.numerator, locale),
      denominator: formatCount(cell.denominator, locale),
    })
  }
}
