import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCount, formatRate } from '@/shared/lib/format'
import { rateExtremes, type BreakdownRow } from '../model/rank-rows'
import { rateBand } from '../model/rate-band'
import { BandLabel } from './band-label'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './unit-extremes.module.css'

const listLength = 5

export interface UnitExtremesProps {
  /** The units' on-time closure rows. */
  readonly rows: readonly BreakdownRow[]
  readonly nameOf: (key: string) => string
  readonly target: number | null
  readonly marginPoints: number
}

/** The units with the lowest and the highest on-time closure rate, as two short lists. */
export function UnitExtremes({ rows, nameOf, target, marginPoints }: UnitExtremesProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const { worst, best } = rateExtremes(rows, listLength)
  const lists = [
    { id: 'worst', title: t('overviewBreakdowns.extremes.worst', { count: worst.length }), rows: worst },
    { id: 'best', title: t('overviewBreakdowns.extremes.best', { count: best.length }), rows: best },
  ]
  return (
    <section aria-labelledby={titleId} className={styles.extremes}>
      <h3 id={titleId} className={styles.title}>
        {t('overviewBreakdowns.extremes.title')}
      </h3>
      {worst.length + best.length === 0 ? (
        <p className={styles.none}>{t('overviewBreakdowns.extremes.none')}</p>
      ) : (
        <div className={styles.lists}>
          {lists.map((list) => (
            <ExtremesList
              key={list.id}
              {...list}
              nameOf={nameOf}
              target={target}
              marginPoints={marginPoints}
            />
          ))}
        </div>
      )}
    </section>
  )
}

interface ExtremesListProps {
  readonly title: string
  readonly rows: readonly BreakdownRow[]
  readonly nameOf: (key: string) => string
  readonly target: number | null
  readonly marginPoints: number
}

function ExtremesList({ title, rows, nameOf, target, marginPoints }: ExtremesListProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const titleId = useId()
  return (
    <div>
      <h4 id={titleId} className={styles.listTitle}>
        {title}
      </h4>
      <ol aria-labelledby={titleId} className={styles.list}>
        {rows.map((row) => {
          const band = target === null ? null : rateBand(row.value, target, marginPoints)
          return (
            <li key={row.key} className={styles.entry}>
              <span className={styles.entryLine}>
                <span className={styles.name}>{nameOf(row.key)}</span>
                <span className={styles.figure}>
                  {t('overviewBreakdowns.extremes.entry', {
                    rate: formatRate(row.value, locale, {
                      numerator: row.numerator,
                      denominator: row.denominator,
                    }),
                    numerator: formatCount(row.numerator, locale),
                    denominator: formatCount(row.denominator, locale),
                  })}
                </span>
                {band ? <BandLabel band={band} /> : null}
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
