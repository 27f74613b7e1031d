import { useTranslation } from 'react-i18next'
import { breakdownQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { formatCount, formatRate } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { ChangeCell } from './change-cell'
import { useCodeLabel } from './use-code-label'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './breakdown-table.module.css'

/** How the items received split between the intake channels, with each channel's change. */
export function ChannelMixPanel({ filters, compare, carryScope }: OverviewPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const codeLabel = useCodeLabel()
  const query = useCarriedOver(
    {
      ...breakdownQueryOptions('channel', { ...filterParams(filters), metric: 'received', compare }),
      ...usePolling(),
    },
    carryScope,
  )
  return (
    <PanelFrame
      title={t('overviewBreakdowns.channelMix.title')}
      query={query}
      isEmpty={(data) => data.rows.every((row) => !row.value)}
    >
      {(data) => {
        const rows = [...data.rows].sort((a, b) => a.rank - b.rank)
        const total = rows.reduce((sum, row) => sum + (row.value ?? 0), 0)
        return (
          <div className={styles.fit}>
            <table className={styles.table}>
              <caption className="visually-hidden">{t('overviewBreakdowns.channelMix.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overviewBreakdowns.channelMix.channel')}</th>
                  <th scope="col" className={styles.barCell}>
                    <span className="visually-hidden">{t('overviewBreakdowns.channelMix.share')}</span>
                  </th>
                  <th scope="col" className={styles.number}>
                    {t('overviewBreakdowns.channelMix.count')}
                  </th>
                  <th scope="col" className={styles.number}>
                    {t('overviewBreakdowns.channelMix.share')}
                  </th>
                  {data.comparison ? (
                    <th scope="col">{t(`overviewBreakdowns.vs.${data.comparison.basis}`)}</th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const count = row.value ?? 0
                  const share = total > 0 ? count / total : null
                  return (
                    <tr key={row.key}>
                      <th scope="row">{codeLabel('channel', row.key)}</th>
                      <td className={styles.barCell} aria-hidden="true">
                        <span className={styles.track}>
                          <span className={styles.bar} style={{ width: `${(share ?? 0) * 100}%` }} />
                        </span>
                      </td>
                      <td className={styles.number}>{formatCount(row.value, locale)}</td>
                      <td className={styles.number}>
                        {formatRate(share, locale, { numerator: count, denominator: total })}
                      </td>
                      {data.comparison ? (
                        <td>
                          <ChangeCell row={row} kind="count" sense="neutral" />
                        </td>
                      ) : null}
                    </tr>
                  )
                })}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={data.comparison ? 5 : 4} className={styles.muted}>
                    {t('overviewBreakdowns.channelMix.total', { total: formatCount(total, locale) })}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )
      }}
    </PanelFrame>
  )
}
