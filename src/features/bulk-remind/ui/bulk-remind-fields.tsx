import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { reminderMethods, type ReminderMethod } from '@/entities/escalation/api/reminder-mutation'
import styles from '@/shared/ui/action-form/action-form.module.css'
import lockedStyles from './bulk-remind.module.css'

const maxNote = 500

interface BulkRemindFieldsProps {
  method: ReminderMethod
  note: string
  onMethod: (method: ReminderMethod) => void
  onNote: (note: string) => void
  /** Sent: the fields show what was sent and cannot change, so a retry is the same request. */
  locked: boolean
}

/** How to remind and an optional note, as the drawer's remind form asks them (same words). */
export function BulkRemindFields({ method, note, onMethod, onNote, locked }: BulkRemindFieldsProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <>
      <fieldset className={styles.choices} disabled={locked}>
        <legend>{t('supervisionActions.remind.method')}</legend>
        {reminderMethods.map((code) => (
          <label key={code} className={styles.choice}>
            <input
              type="radio"
              name={`${id}-method`}
              value={code}
              checked={method === code}
              onChange={() => onMethod(code)}
            />
            {t(`workOrderDetail.reminders.method.${code}`)}
          </label>
        ))}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={`${id}-note`} className={styles.label}>
          {t('supervisionActions.remind.note')}
        </label>
        <textarea
          id={`${id}-note`}
          className={locked ? `${styles.textarea} ${lockedStyles.locked}` : styles.textarea}
          value={note}
          maxLength={maxNote}
          readOnly={locked}
          aria-describedby={`${id}-note-hint`}
          onChange={(event) => onNote(event.target.value)}
        />
        <p id={`${id}-note-hint`} className={styles.hint}>
          {locked ? t('bulkRemind.dialog.locked') : t('supervisionActions.remind.noteHint')}
        </p>
      </div>
    </>
  )
}
