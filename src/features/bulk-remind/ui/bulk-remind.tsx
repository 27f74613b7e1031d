import { useState, type SubmitEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReminderMethod } from '@/entities/escalation/api/reminder-mutation'
import { clearDraft, useDraft } from '@/shared/drafts/drafts-store'
import { Button } from '@/shared/ui/button/button'
import { countOutcomes } from '../model/bulk-run'
import { bulkRemindDraftKey } from '../model/draft-key'
import { BulkBar } from './bulk-bar'
import { BulkResults } from './bulk-results'
import { ModalDialog } from './modal-dialog'
import type { BulkRemindRun } from './use-bulk-remind-run'
import formStyles from '@/shared/ui/action-form/action-form.module.css'
import styles from './bulk-remind.module.css'
import { ReminderFields } from '@/entities/escalation/ui/reminder-fields'

export interface BulkRemindProps {
  /** The chosen work orders still in the list, in list order. */
  chosen: readonly string[]
  /** The last choice was cut at the cap. */
  capped: boolean
  onClear: () => void
  /** Items the API recorded a reminder for: they leave the selection, so no later click resends them. */
  onReminded: (ids: readonly string[]) => void
  /**
   * The run, from `useBulkRemindRun` in the caller: kept above this component, so that the list
   * loading again (another filter through Back) does not lose a run still on its way.
   */
  bulk: BulkRemindRun
}

/**
 * 批量催办: the chosen work orders reminded in one action, one request each (the API has no bulk
 * endpoint), with each item's result. The dialog may close while the run goes on: the run is kept
 * by the caller, the bar shows its progress, and the dialog opens on it again. The run is over for the
 * user when they close it after every item answered: the reminded ones leave the selection, the
 * others stay chosen with the note kept, to retry or look into.
 */
export function BulkRemind({ chosen, capped, onClear, onReminded, bulk }: BulkRemindProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [method, setMethod] = useState<ReminderMethod>('platform')
  // Kept outside the dialog: a session that ends while the note is typed takes the page away.
  const [note, setNote] = useDraft(bulkRemindDraftKey)
  const { current, state } = bulk
  const counts = countOutcomes(state.items)

  const close = () => {
    setOpen(false)
    if (current === null || state.running) return
    onReminded(state.items.filter((item) => item.outcome.kind === 'sent').map((item) => item.id))
    bulk.finish()
  }
  const cancel = () => {
    clearDraft(bulkRemindDraftKey)
    setOpen(false)
  }
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const trimmed = note.trim()
    bulk.start(chosen, trimmed === '' ? { method } : { method, note: trimmed })
  }

  const count = current === null ? chosen.length : state.items.length
  return (
    <>
      <BulkBar
        count={chosen.length}
        capped={capped}
        run={
          current === null
            ? null
            : { running: state.running, done: counts.sent + counts.refused + counts.failed, total: count }
        }
        onOpen={() => setOpen(true)}
        onClear={onClear}
      />
      {open ? (
        <ModalDialog title={t('bulkRemind.dialog.title')} onClose={close}>
          <form className={styles.dialogBody} onSubmit={onSubmit} noValidate>
            {current === null ? (
              <>
                <p className={formStyles.hint}>{t('bulkRemind.dialog.intro', { count })}</p>
                <ul className={styles.chosen}>
                  {chosen.map((id) => (
                    <li key={id}>{id}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <ReminderFields
              method={current?.body.method ?? method}
              note={current === null ? note : (current.body.note ?? '')}
              onMethod={setMethod}
              onNote={setNote}
              locked={current !== null}
              lockedHint={t('bulkRemind.dialog.locked')}
            />
            {current === null ? null : <BulkResults state={state} />}
            {/* The last button keeps its place (Cancel, then Close, then Done): one that holds the
                focus keeps it as the run moves on. A button that goes away hands the focus to the
                results' summary (BulkResults). */}
            <div className={`${formStyles.buttons} ${styles.actions}`}>
              {current === null ? (
                <Button type="submit" variant="primary" disabled={chosen.length === 0}>
                  {t('bulkRemind.dialog.submit', { count })}
                </Button>
              ) : null}
              {current !== null && !state.running && counts.failed > 0 ? (
                <Button variant="primary" onClick={bulk.retryFailed}>
                  {t('bulkRemind.retry', { count: counts.failed })}
                </Button>
              ) : null}
              {current === null ? (
                <Button onClick={cancel}>{t('bulkRemind.dialog.cancel')}</Button>
              ) : (
                <Button onClick={close}>
                  {state.running ? t('bulkRemind.dialog.close') : t('bulkRemind.dialog.done')}
                </Button>
              )}
            </div>
          </form>
        </ModalDialog>
      ) : null}
    </>
  )
}
