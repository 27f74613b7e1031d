import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { breakdownQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { filterParams, type OverviewPanelProps } from '@/entities/kpi/model/kpi-filters'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { categoryCodeSchema } from '@/shared/api/validators/category-code.gen'
import { formatCount } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { topCategories } from '../model/top-categories'
import { ChangeCell } from './change-cell'
import { useCodeLabel } from './use-code-label'
import { useLocale } from '@/shared/i18n/use-locale'
import styles from './breakdown-table.module.css'

/** The categories most items were about, with their change; each opens its work orders. */
export function TopCategoriesPanel({ filters, compare, carryScope }: OverviewPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const codeLabel = useCodeLabel()
  const query = useCarriedOver(
    {
      ...breakdownQueryOptions('category', { ...filterParams(filters), metric: 'received', compare }),
      ...usePolling(),
    },
    carryScope,
  )
  return (
    <PanelFrame
      title={t('overviewBreakdowns.topCategories.title')}
      query={query}
      isEmpty={(data) => topCategories(data.rows).length === 0}
    >
      {(data) => (
        <table className={styles.table}>
          <caption className="visually-hidden">{t('overviewBreakdowns.topCategories.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overviewBreakdowns.topCategories.category')}</th>
              <th scope="col" className={styles.number}>
                {t('overviewBreakdowns.topCategories.count')}
              </th>
              {data.comparison ? (
                <th scope="col">{t(`overviewBreakdowns.vs.${data.comparison.basis}`)}</th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {topCategories(data.rows).map((row) => {
              const name = codeLabel('category', row.key)
              const category = categoryCodeSchema.safeParse(row.key)
              const count = formatCount(row.value, locale)
              return (
                <tr key={row.key}>
                  <th scope="row">
                    {category.success ? (
                      // Without `metric`, the list's from/to are receipt days: the items counted here.
                      <Link
                        to="/work-orders"
                        search={{ ...filterParams(filters), category: category.data }}
                        className={styles.link}
                        aria-label={t('overviewBreakdowns.topCategories.drill', {
                          category: name,
                          items: count,
                        })}
                      >
                        {name}
                      </Link>
                    ) : (
                      name
                    )}
                  </th>
                  <td className={styles.number}>{count}</td>
                  {data.comparison ? (
                    <td>
                      <ChangeCell row={row} kind="count" sense="neutral" />
                    </td>
                  ) : null}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </PanelFrame>
  )
}
