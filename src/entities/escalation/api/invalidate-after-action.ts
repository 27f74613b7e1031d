import type { QueryClient } from '@tanstack/react-query'
import { decisionQueryKeys } from '@/entities/decision/api/decision-queries'
import { kpiQueryKeys } from '@/entities/kpi/api/kpi-queries'
import { workOrderQueryKeys } from '@/entities/work-order/api/work-order-queries'
import type { ActionIntent } from '@/shared/api/action-intent'
import { actionErrorOf } from '@/shared/api/action-error'
import { escalationQueryKeys } from './escalation-queries'

/**
 * After a reminder, a supervision or a decision, what it can have moved is asked for again: the
 * work orders (lists, counts, the detail, its reminders so far), supervisions, the decision
 * queues and the figures (the Overview's "timely supervision" counts reminders and supervisions).
 * Each by its factory's own prefix, so no key is retyped here.
 */
export function invalidateAfterAction(client: QueryClient): Promise<void> {
  return Promise.all(
    [workOrderQueryKeys.all, escalationQueryKeys.all, decisionQueryKeys.all, kpiQueryKeys.all].map(
      (queryKey) => client.invalidateQueries({ queryKey }),
    ),
  ).then(() => undefined)
}

/** An action's request body and the intent (Idempotency-Key) it belongs to. */
export interface ActionVariables<TBody> {
  body: TBody
  intent: ActionIntent
}

/**
 * The callbacks every action shares. A success ends the intent (the next action, even an identical
 * one, is a new one) and refreshes what it moved. A state conflict refreshes too: the screen was
 * out of date, and the user must see what refused them before deciding again. An idempotency
 * conflict ends the intent, so that sending again uses a new key. Any other failure keeps the
 * intent: a retry reuses its key and cannot act twice.
 */
export const actionCallbacks = {
  onSuccess: (
    _data: unknown,
    { intent }: { intent: ActionIntent },
    _onMutateResult: unknown,
    { client }: { client: QueryClient },
  ) => {
    intent.reset()
    // Not awaited: the caller's own onSuccess (saying what was done) must run while the thing
    // acted on is still on screen, before a refetch takes it away (a closed supervision's row).
    void invalidateAfterAction(client)
  },
  onError: (
    error: unknown,
    { intent }: { intent: ActionIntent },
    _onMutateResult: unknown,
    { client }: { client: QueryClient },
  ) => {
    const { failure } = actionErrorOf(error)
    if (failure === 'idempotency') intent.reset()
    if (failure === 'conflict' || failure === 'notFound') return invalidateAfterAction(client)
    return undefined
  },
}
