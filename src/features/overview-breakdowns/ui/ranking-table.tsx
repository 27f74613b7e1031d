import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CompareBasis } from '@/entities/period/period-presets'
import { formatCount, formatRate, missingValue } from '@/shared/lib/format'
import { Button } from '@/shared/ui/button/button'
import { rankRows, type BreakdownRow } from '../model/rank-rows'
import { rateBand } from '../model/rate-band'
import { BandLabel } from './band-label'
import { ChangeCell } from './change-cell'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './breakdown-table.module.css'

/** Rows shown before "show all": the seven districts fit; the units would fill a phone screen. */
const collapsedRows = 10

export interface RankingTableProps {
  readonly rows: readonly BreakdownRow[]
  /** `received`: ranked by volume; `closure`: by on-time closure rate, banded. */
  readonly measure: 'received' | 'closure'
  /** The row's name as text (unit names are data). */
  readonly nameOf: (key: string) => string
  readonly caption: string
  /** The closure target (a fraction), or `null` when unknown: rates are then not banded. */
  readonly target: number | null
  readonly marginPoints: number
  readonly comparison: CompareBasis | null
}

export function RankingTable({
  rows,
  measure,
  nameOf,
  caption,
  target,
  marginPoints,
  comparison,
}: RankingTableProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const captionId = useId()
  const [expanded, setExpanded] = useState(false)
  const ranked = rankRows(rows)
  const shown = expanded ? ranked : ranked.slice(0, collapsedRows)
  const isRate = measure === 'closure'

  return (
    <>
      {/* Focusable, so that a keyboard can scroll it when a phone is too narrow for the table. */}
      <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.number}>
                {t('overviewBreakdowns.ranking.rank')}
              </th>
              <th scope="col">{t('overviewBreakdowns.ranking.name')}</th>
              <th scope="col" className={styles.number}>
                {t(isRate ? 'overviewBreakdowns.ranking.rate' : 'overviewBreakdowns.ranking.received')}
              </th>
              {isRate ? <th scope="col">{t('overviewBreakdowns.ranking.band')}</th> : null}
              {comparison ? <th scope="col">{t(`overviewBreakdowns.vs.${comparison}`)}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, position }) => {
              const band = isRate && target !== null ? rateBand(row.value, target, marginPoints) : null
              return (
                <tr key={row.key}>
                  <td className={styles.number}>
                    {position ?? (
                      <>
                        <span aria-hidden="true">{missingValue}</span>
                        <span className="visually-hidden">{t('overviewBreakdowns.ranking.notRanked')}</span>
                      </>
                    )}
                  </td>
                  <th scope="row">{nameOf(row.key)}</th>
                  <td className={styles.number}>
                    {isRate ? (
                      <>
                        {formatRate(row.value, locale, {
                          numerator: row.numerator,
                          denominator: row.denominator,
                        })}
                        <span className={styles.counts}>
                          <span className="visually-hidden">{t('overviewBreakdowns.ranking.counts')} </span>
                          {t('overviewBreakdowns.ranking.ofDue', {
                            numerator: formatCount(row.numerator, locale),
                            denominator: formatCount(row.denominator, locale),
                          })}
                        </span>
                      </>
                    ) : (
                      formatCount(row.value, locale)
                    )}
                  </td>
                  {isRate ? (
                    <td>
                      {row.value === null ? (
                        <span className={styles.muted}>{t('overviewBreakdowns.ranking.noDenominator')}</span>
                      ) : band ? (
                        <BandLabel band={band} />
                      ) : null}
                    </td>
                  ) : null}
                  {comparison ? (
                    <td>
                      <ChangeCell
                        row={row}
                        kind={isRate ? 'points' : 'count'}
                        sense={isRate ? 'higherIsBetter' : 'neutral'}
                      />
                    </td>
                  ) : null}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {ranked.length > collapsedRows ? (
        <p className={styles.footnote}>
          <Button variant="quiet" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded
              ? t('overviewBreakdowns.ranking.showFewer', { limit: collapsedRows })
              : t('overviewBreakdowns.ranking.showAll', { total: ranked.length })}
          </Button>
        </p>
      ) : null}
    </>
  )
}
