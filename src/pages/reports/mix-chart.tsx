import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report } from '@/entities/report/model/report-figures'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { Chart } from '@/shared/ui/chart/chart'
import type { ChartOption } from '@/shared/ui/chart/chart-option'
import styles from './reports.module.css'

/**
 * Items received by channel and by kind, as two horizontal bar series side by side. Labels are
 * code names from the translations (never data text); the tables below are its text alternative.
 */
export function MixChart({ report }: { report: Report }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const option = useMemo((): ChartOption => {
    const channels = [...report.channels].sort((a, b) => b.rank - a.rank)
    const kinds = [...report.kinds].sort((a, b) => b.rank - a.rank)
    const axis = (index: number, names: string[]) => ({
      type: 'category' as const,
      gridIndex: index,
      data: names,
      axisTick: { show: false },
    })
    // The bars' figures as the tables write them (2,011, not 2011).
    const barLabel = {
      show: true,
      position: 'right' as const,
      textBorderWidth: 0,
      formatter: ({ value }: { value?: unknown }) => formatCount(Number(value), locale),
    }
    return {
      animation: false,
      grid: [
        {
          left: 8,
          right: '52%',
          top: 28,
          bottom: 8,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        },
        {
          left: '54%',
          right: 8,
          top: 28,
          bottom: 8,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        },
      ],
      xAxis: [
        { type: 'value', gridIndex: 0, minInterval: 1, splitNumber: 3 },
        { type: 'value', gridIndex: 1, minInterval: 1, splitNumber: 3 },
      ],
      yAxis: [
        axis(
          0,
          channels.map((row) => t(`codes.channel.${row.key}` as never)),
        ),
        axis(
          1,
          kinds.map((row) => t(`codes.kind.${row.key}` as never)),
        ),
      ],
      series: [
        {
          type: 'bar',
          name: t('reports.byChannel'),
          xAxisIndex: 0,
          yAxisIndex: 0,
          data: channels.map((row) => row.value ?? 0),
          label: barLabel,
        },
        {
          type: 'bar',
          name: t('reports.byKind'),
          xAxisIndex: 1,
          yAxisIndex: 1,
          data: kinds.map((row) => row.value ?? 0),
          label: barLabel,
        },
      ],
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
    }
  }, [report, t, locale])
  return (
    <Chart
      className={styles.chart}
      option={option}
      label={t('reports.mixChart')}
      textAlternative={<p>{t('reports.mixChart')}</p>}
      height={220}
    />
  )
}
