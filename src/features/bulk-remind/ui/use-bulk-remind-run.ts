import { MutationObserver, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, useSyncExternalStore } from 'react'
import { invalidateAfterAction } from '@/entities/escalation/api/invalidate-after-action'
import { reminderRequestOptions, type NewReminder } from '@/entities/escalation/api/reminder-mutation'
import { actionErrorOf } from '@/shared/api/action-error'
import { clearDraft } from '@/shared/drafts/drafts-store'
import { createBulkRun, createIntents, type BulkRun, type BulkRunState } from '../model/bulk-run'
import { bulkRemindDraftKey } from '../model/draft-key'

interface Current {
  run: BulkRun
  /** What every item of the run is sent with: fixed, so a retry is the same request (same key). */
  body: NewReminder
}

const noRun: BulkRunState = { items: [], running: false }
const subscribeToNothing = () => () => {}
const getNoRun = () => noRun

export interface BulkRemindRun {
  current: Current | null
  state: BulkRunState
  /** Reminds `ids` with `body`; nothing while a run is shown (a double click sends once). */
  start: (ids: readonly string[], body: NewReminder) => void
  retryFailed: () => void
  /** The run is over for the user: the next one starts afresh. */
  finish: () => void
}

/**
 * The bulk reminder's run (src/features/bulk-remind/model/bulk-run.ts) bound to the API and to
 * React. Each item is sent as a mutation of the query client (not a `useMutation` each: their
 * number changes, and hooks cannot), so a 401 still brings sign-in over the page as any other
 * action's would; without the shared callbacks, so the data is refreshed once when the run has
 * answered, not once per item. The intents outlive a run: the same items sent again with the
 * same method and note keep their keys, and the API replays what it had recorded.
 */
export function useBulkRemindRun(): BulkRemindRun {
  const client = useQueryClient()
  const [intentFor] = useState(createIntents)
  const [current, setCurrent] = useState<Current | null>(null)
  // Set at once (state is only seen at the next render): a second click in the same frame is ignored.
  const started = useRef(false)
  const state = useSyncExternalStore(
    current?.run.subscribe ?? subscribeToNothing,
    current?.run.getState ?? getNoRun,
  )

  const start = (ids: readonly string[], body: NewReminder) => {
    if (started.current || ids.length === 0) return
    started.current = true
    const run = createBulkRun({
      ids,
      intentFor,
      isRetryable: (error) => actionErrorOf(error).retryable,
      send: (id, intent) => new MutationObserver(client, reminderRequestOptions(id)).mutate({ body, intent }),
      onDrained: ({ items }) => {
        void invalidateAfterAction(client)
        // The note was for these items: once every one is reminded it is no longer wanted.
        if (items.every((item) => item.outcome.kind === 'sent')) clearDraft(bulkRemindDraftKey)
      },
    })
    setCurrent({ run, body })
    run.start()
  }

  return {
    current,
    state,
    start,
    retryFailed: () => current?.run.retryFailed(),
    finish: () => {
      started.current = false
      setCurrent(null)
    },
  }
}
