import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { riseDimensions, type RiseDimension } from '@/entities/hotspot/api/rise-queries'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount, formatDecimal } from '@/shared/lib/format'
import { latestCell, type Rises } from './rise-model'
import type { RiseView, RiseViewChange } from './rise-view'
import { weekSpan } from './week-label'
import { rowOrdersSearch } from './work-orders-search'
import styles from './hotspot-rises.module.css'

export function DimensionSwitch({ view, onView }: { view: RiseView; onView: RiseViewChange }) {
  const { t } = useTranslation()
  return (
    <div role="group" aria-label={t('hotspotRises.dimension.label')} className={styles.switch}>
      {riseDimensions.map((dimension: RiseDimension) => (
        <button
          key={dimension}
          type="button"
          aria-pressed={view.dimension === dimension}
          className={styles.switchButton}
          onClick={() => onView({ dimension, row: undefined })}
        >
          {t(`hotspotRises.dimension.${dimension}`)}
        </button>
      ))}
    </div>
  )
}

interface RiseRankingProps {
  readonly rises: Rises
  readonly view: RiseView
  readonly onView: RiseViewChange
  readonly nameOf: (key: string) => string
}

/** The ranking's table: each row's latest week against its baseline, a rising mark in words. */
export function RiseRanking({ rises, view, onView, nameOf }: RiseRankingProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const week = rises.weeks.at(-1)
  if (!week) return null
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {t('hotspotRises.ranking.caption', {
            dimension: t(`hotspotRises.dimension.${rises.dimension}`),
            week: weekSpan(week, locale),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('hotspotRises.ranking.name')}</th>
            <th scope="col" className={styles.number}>
              {t('hotspotRises.ranking.count')}
            </th>
            <th scope="col" className={styles.number}>
              {t('hotspotRises.ranking.mean')}
            </th>
            <th scope="col" className={styles.number}>
              {t('hotspotRises.ranking.threshold')}
            </th>
            <th scope="col" className={styles.number}>
              {t('hotspotRises.ranking.rise')}
            </th>
            <th scope="col">{t('hotspotRises.ranking.status')}</th>
            <th scope="col">{t('hotspotRises.ranking.orders')}</th>
          </tr>
        </thead>
        <tbody>
          {rises.rows.map((row, index) => {
            const cell = latestCell(row)
            if (!cell) return null
            const name = nameOf(row.key)
            const selected = view.row === row.key
            return (
              <tr key={`${row.key}-${index}`} className={selected ? styles.selectedRow : undefined}>
                <th scope="row" className={styles.nameCell}>
                  <button
                    type="button"
                    className={styles.rowButton}
                    aria-pressed={selected}
                    onClick={() => onView({ row: row.key })}
                  >
                    {name}
                  </button>
                </th>
                <td className={styles.number}>{formatCount(cell.count, locale)}</td>
                <td className={styles.number}>{formatDecimal(cell.baselineMean, locale)}</td>
                <td className={styles.number}>{formatDecimal(cell.threshold, locale)}</td>
                <td className={styles.number}>
                  {t('hotspotRises.ranking.riseValue', {
                    change: formatDecimal(cell.count - cell.baselineMean, locale, { signed: true }),
                    z: formatDecimal(cell.zScore, locale, { signed: true }),
                  })}
                </td>
                <td>
                  {cell.rising ? (
                    <strong className={styles.rising}>{t('hotspotRises.ranking.rising')}</strong>
                  ) : (
                    <span className={styles.normal}>{t('hotspotRises.ranking.normal')}</span>
                  )}
                </td>
                <td>
                  <Link
                    to="/work-orders"
                    search={rowOrdersSearch(rises.dimension, row.key, week, view)}
                    className={styles.link}
                  >
                    {t('hotspotRises.ranking.viewOrders')}
                    <span className="visually-hidden">
                      {t('hotspotRises.ranking.viewOrdersOf', { name })}
                    </span>
                  </Link>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
