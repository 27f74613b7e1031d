import { Link } from '@tanstack/react-router'
import { useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { draftOf } from '@/shared/drafts/drafts-store'
import { Button } from '@/shared/ui/button/button'
import type { DecisionQueue } from '@/entities/decision/api/decision-mutations'
import { DecisionForm, type Verdict } from './decision-form'
import formStyles from '@/shared/ui/action-form/action-form.module.css'
import styles from './approvals.module.css'

interface DecisionItemProps {
  queue: DecisionQueue
  id: string
  workOrderId: string
  /** "投诉", "举报"…: the item's kind, translated. */
  kindName: string
  /** Who asked and when, as a sentence. */
  byline: string
  /** The facts a decision rests on (days asked for, deadlines, the reason given). */
  facts: ReactNode
  returningUnit?: string
  unitNames: ReadonlyMap<string, string>
  onDecided: (verdict: Verdict) => void
}

/**
 * One request awaiting a decision: the work order it concerns (opening its detail), the facts,
 * and approve / reject, each opening its form below (one at a time). A form with a kept draft
 * opens again by itself.
 */
export function DecisionItem({
  queue,
  id,
  workOrderId,
  kindName,
  byline,
  facts,
  returningUnit,
  unitNames,
  onDecided,
}: DecisionItemProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const formId = useId()
  const [open, setOpen] = useState<Verdict | null>(() =>
    draftOf(`decision:${queue}:reject:${id}`) !== ''
      ? 'reject'
      : draftOf(`decision:${queue}:approve:${id}`) !== ''
        ? 'approve'
        : null,
  )
  const buttons = { approve: useRef<HTMLButtonElement>(null), reject: useRef<HTMLButtonElement>(null) }

  const toggle = (verdict: Verdict) => setOpen((current) => (current === verdict ? null : verdict))
  const close = (verdict: Verdict) => {
    setOpen(null)
    buttons[verdict].current?.focus()
  }

  return (
    <article className={styles.item} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.itemTitle}>
        <Link to="/work-orders/$id" params={{ id: workOrderId }} search={{}}>
          {workOrderId}
        </Link>{' '}
        <span className={styles.kind}>{kindName}</span>
      </h3>
      <p className={styles.byline}>{byline}</p>
      <dl className={styles.facts}>{facts}</dl>
      <div className={formStyles.buttons}>
        {(['approve', 'reject'] as const).map((verdict) => (
          <Button
            key={verdict}
            ref={buttons[verdict]}
            variant={verdict === 'approve' ? 'primary' : 'secondary'}
            aria-expanded={open === verdict}
            aria-controls={formId}
            onClick={() => toggle(verdict)}
          >
            {t(`approvals.${verdict}`)}
          </Button>
        ))}
      </div>
      <div id={formId}>
        {open ? (
          <DecisionForm
            key={open}
            queue={queue}
            verdict={open}
            id={id}
            returningUnit={returningUnit}
            unitNames={unitNames}
            onCancel={() => close(open)}
            onDone={() => onDecided(open)}
          />
        ) : null}
      </div>
    </article>
  )
}
