import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { reminderMethods, type ReminderMethod } from '../api/reminder-mutation'
import styles from '@/shared/ui/action-form/action-form.module.css'
import ownStyles from './reminder-fields.module.css'

const maxNote = 500

interface ReminderFieldsProps {
  method: ReminderMethod
  note: string
  onMethod: (method: ReminderMethod) => void
  onNote: (note: string) => void
  /**
   * What was sent, shown but no longer editable (with `lockedHint` under the note), so that a
   * retry is the same request. One reminder's form never locks; a batch's does once sent.
   */
  locked?: boolean
  lockedHint?: string
}

/**
 * How to remind (催办) and an optional note: the same fields and words wherever a reminder is
 * written, one work order's form or a batch's dialog.
 */
export function ReminderFields({
  method,
  note,
  onMethod,
  onNote,
  locked = false,
  lockedHint,
}: ReminderFieldsProps) {
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
          className={locked ? `${styles.textarea} ${ownStyles.locked}` : styles.textarea}
          value={note}
          maxLength={maxNote}
          readOnly={locked}
          aria-describedby={`${id}-note-hint`}
          onChange={(event) => onNote(event.target.value)}
        />
        <p id={`${id}-note-hint`} className={styles.hint}>
          {locked && lockedHint !== undefined ? lockedHint : t('supervisionActions.remind.noteHint')}
        </p>
      </div>
    </>
  )
}
