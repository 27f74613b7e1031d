import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkOrderListSearch, WorkOrderSort } from '@/entities/work-order/work-order-list-search'
import { sortableColumns } from './work-order-columns'
import styles from './work-order-table.module.css'

/** The API's default order: newest received first. */
const defaultSort: WorkOrderSort = '-receivedAt'

interface SortHeaderProps {
  columnId: string
  search: WorkOrderListSearch
  children: ReactNode
}

/**
 * A column header; for a column the API can sort by, a link that sorts by it (the order lives in
 * the URL, so a shared link keeps it): ascending first, descending on the second click, except
 * overdue time, longest first. The header says which way the table is sorted (aria-sort).
 */
export function SortHeader({ columnId, search, children }: SortHeaderProps) {
  const { t } = useTranslation()
  const ascending = sortableColumns[columnId]
  if (ascending === undefined) return <th scope="col">{children}</th>
  const descending = `-${ascending}` as WorkOrderSort
  const current = search.sort ?? defaultSort
  const direction = current === ascending ? 'ascending' : current === descending ? 'descending' : 'none'
  const firstClick = ascending === 'overdueDuration' ? descending : ascending
  const next = direction === 'none' ? firstClick : direction === 'ascending' ? descending : ascending
  return (
    <th scope="col" aria-sort={direction}>
      <Link to="/work-orders" search={{ ...search, sort: next }} className={styles.sortLink} replace>
        {children}
        <span aria-hidden="true" className={styles.sortMark}>
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
        {direction === 'none' ? null : (
          <span className="visually-hidden">{t(`workOrderTable.sort.${direction}`)}</span>
        )}
      </Link>
    </th>
  )
}
