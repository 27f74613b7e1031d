import { useQuery } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { meQueryOptions } from '@/entities/session/me-query'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCalendarDay, formatChinaDateTime } from '@/shared/lib/format'
import { draftOf } from '@/shared/drafts/drafts-store'
import { Button } from '@/shared/ui/button/button'
import { remindDraftKey, superviseDraftKey } from '../model/draft-keys'
import type { WorkOrderDetail } from '../model/work-order-detail'
import { RemindForm } from './remind-form'
import { Section } from './section'
import { SuperviseForm } from './supervise-form'
import styles from '@/shared/ui/action-form/action-form.module.css'

type Open = 'remind' | 'supervise' | null

/**
 * Reminding the unit and putting the item under supervision, offered only as `/me` allows
 * (`remind`, `supervise`) and only while the item is open (the API would refuse a closed one as a
 * state conflict). One form at a time; what a form reports when done stays beside the buttons.
 */
export function FollowUpActions({ detail }: { detail: WorkOrderDetail }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const id = useId()
  const me = useQuery(meQueryOptions())
  // A form whose note was kept (its session ended mid-typing, src/shared/drafts) opens again.
  const [open, setOpen] = useState<Open>(() =>
    draftOf(remindDraftKey(detail.id)) !== ''
      ? 'remind'
      : draftOf(superviseDraftKey(detail.id)) !== ''
        ? 'supervise'
        : null,
  )
  const [done, setDone] = useState<string | null>(null)
  const remindButton = useRef<HTMLButtonElement>(null)
  const superviseButton = useRef<HTMLButtonElement>(null)
  const permissions = me.data?.permissions ?? []
  const mayRemind = permissions.includes('remind')
  const maySupervise = permissions.includes('supervise')
  if (!mayRemind && !maySupervise) return null

  const toggle = (which: Exclude<Open, null>) => {
    setDone(null)
    setOpen((current) => (current === which ? null : which))
  }
  const close = (which: Exclude<Open, null>, message: string | null) => {
    setOpen(null)
    setDone(message)
    // Back to the button that opened the form, so the keyboard user is where they were.
    ;(which === 'remind' ? remindButton : superviseButton).current?.focus()
  }

  return (
    <Section title={t('supervisionActions.heading')}>
      {detail.closed ? (
        <p className={styles.muted}>
          {t(mayRemind ? 'supervisionActions.remind.closed' : 'supervisionActions.supervise.closed')}
        </p>
      ) : (
        <div className={styles.toolbar}>
          {mayRemind ? (
            <Button
              ref={remindButton}
              aria-expanded={open === 'remind'}
              aria-controls={`${id}-form`}
              onClick={() => toggle('remind')}
            >
              {t('supervisionActions.remind.open')}
            </Button>
          ) : null}
          {maySupervise && !detail.supervised ? (
            <Button
              ref={superviseButton}
              aria-expanded={open === 'supervise'}
              aria-controls={`${id}-form`}
              onClick={() => toggle('supervise')}
            >
              {t('supervisionActions.supervise.open')}
            </Button>
          ) : null}
          {maySupervise && detail.supervised ? (
            <span className={styles.muted}>{t('supervisionActions.supervise.already')}</span>
          ) : null}
        </div>
      )}
      <div id={`${id}-form`} className={styles.formSlot}>
        {open === 'remind' && !detail.closed ? (
          <RemindForm
            workOrderId={detail.id}
            onCancel={() => close('remind', null)}
            onDone={(reminder) =>
              close(
                'remind',
                t('supervisionActions.remind.done', {
                  method: t(`workOrderDetail.reminders.method.${reminder.method}`),
                  time: formatChinaDateTime(reminder.at, locale),
                }),
              )
            }
          />
        ) : null}
        {open === 'supervise' && !detail.closed && !detail.supervised ? (
          <SuperviseForm
            workOrderId={detail.id}
            overdue={detail.overdue}
            onCancel={() => close('supervise', null)}
            onDone={(escalation) =>
              close(
                'supervise',
                escalation.dueDate === null
                  ? t('supervisionActions.supervise.done')
                  : t('supervisionActions.supervise.doneWithDate', {
                      date: formatCalendarDay(escalation.dueDate, locale),
                    }),
              )
            }
          />
        ) : null}
      </div>
      <p role="status" className={styles.done}>
        {done}
      </p>
    </Section>
  )
}
