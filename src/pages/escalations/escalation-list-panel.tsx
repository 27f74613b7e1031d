import type { UseQueryResult } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useWorkingCalendar } from '@/entities/calendar/model/use-working-calendar'
import type { Escalation } from '@/entities/escalation/api/escalation-mutations'
import type { EveryPage } from '@/shared/api/every-page'
import type { components } from '@/shared/api/schema.gen'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { useNow } from '@/shared/lib/use-now'
import { combineQueries } from '@/shared/ui/panel/combine-panel-queries'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { escalationRows, urgencies, type Urgency } from './escalation-rows'
import { EscalationRowItem } from './escalation-row'
import type { RowForm } from './row-actions'
import { useDoneNotice } from './use-done-notice'
import styles from './escalations.module.css'

type WorkOrderSummary = components['schemas']['WorkOrderSummary']

interface EscalationListPanelProps {
  open: UseQueryResult<EveryPage<Escalation>>
  orders: UseQueryResult<EveryPage<WorkOrderSummary>>
  openedById: string | undefined
  /** The user may extend and close supervisions (`supervise`). */
  maySupervise: boolean
}

/**
 * The open supervisions, grouped by how pressing they are (overdue, due today, this week, later),
 * each with its work order, who supervises it, the deadline and time left in working days. Time
 * left counts live against the official calendar; the items come from the supervised work-order
 * list (reminders so far, the item's own deadline).
 */
export function EscalationListPanel({ open, orders, openedById, maySupervise }: EscalationListPanelProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const now = useNow(60_000)
  const calendar = useWorkingCalendar(now)
  const headingId = useId()
  const { notice, onDone } = useDoneNotice()
  const [forms, setForms] = useState<ReadonlyMap<string, RowForm>>(new Map())
  const setForm = (id: string, form: RowForm | undefined) =>
    setForms((current) => {
      const next = new Map(current)
      if (form) next.set(id, form)
      else next.delete(id)
      return next
    })
  const query = combineQueries({ open, orders })
  return (
    <PanelFrame
      title={t('escalations.list.heading')}
      query={query}
      isEmpty={(data) => mine(data.open.items, openedById).length === 0}
      emptyMessage={openedById === undefined ? t('escalations.list.empty') : t('escalations.list.emptyMine')}
      notice={notice}
    >
      {(data) => {
        const groups = escalationRows(mine(data.open.items, openedById), data.orders.items, now, calendar)
        return (
          <>
            {urgencies
              .filter((urgency) => groups[urgency].length > 0)
              .map((urgency: Urgency) => (
                <section key={urgency} className={styles.group} aria-labelledby={`${headingId}-${urgency}`}>
                  <h3 id={`${headingId}-${urgency}`} className={styles.groupTitle} data-urgency={urgency}>
                    {t(`escalations.list.group.${urgency}`)}
                    <span className={styles.groupCount}>
                      {t('escalations.list.groupCount', {
                        count: formatCount(groups[urgency].length, locale),
                      })}
                    </span>
                  </h3>
                  <ul className={styles.rows}>
                    {groups[urgency].map((row) => (
                      <EscalationRowItem
                        key={row.escalation.id}
                        row={row}
                        maySupervise={maySupervise}
                        form={forms.get(row.escalation.id)}
                        onForm={(form) => setForm(row.escalation.id, form)}
                        onDone={onDone}
                      />
                    ))}
                  </ul>
                </section>
              ))}
          </>
        )
      }}
    </PanelFrame>
  )
}

function mine(items: Escalation[], openedById: string | undefined): Escalation[] {
  return openedById === undefined ? items : items.filter((item) => item.openedById === openedById)
}
