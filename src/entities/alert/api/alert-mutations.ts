import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import type { ActionIntent } from '@/shared/api/action-intent'
import { actionErrorOf } from '@/shared/api/action-error'
import type { components } from '@/shared/api/schema.gen'
import { sendAction } from '@/shared/api/send-action'
import { alertSchema } from '@/shared/api/validators.gen'
import { alertQueryKeys } from './alert-queries'

export type Alert = z.output<typeof alertSchema>
export type PlanActivation = components['schemas']['PlanActivation']
export type AlertAction = 'acknowledge' | 'activate-plan' | 'resolve'

export interface AlertActionVariables<TBody> {
  body: TBody
  intent: ActionIntent
}

/** Every list of alerts and of their summaries (the wall's) is asked for again. */
function refreshAlerts(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: alertQueryKeys.all })
}

/**
 * `POST /alerts/{id}/<action>`: a director's step in an alert's life, sent with the intent's
 * Idempotency-Key. As for every action: a success ends the intent and refreshes the alerts; a
 * state conflict refreshes too (the screen was out of date); a key used for another request ends
 * the intent; any other failure keeps it, so a retry cannot act twice.
 */
function alertActionOptions<TBody>(id: string, action: AlertAction) {
  return mutationOptions({
    mutationKey: [...alertQueryKeys.all, action, id] as const,
    mutationFn: ({ body, intent }: AlertActionVariables<TBody>) =>
      sendAction(`/alerts/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        body,
        intent,
        schema: alertSchema,
      }),
    onSuccess: (_data, { intent }, _result, { client }) => {
      intent.reset()
      void refreshAlerts(client)
    },
    onError: (error, { intent }, _result, { client }) => {
      const { failure } = actionErrorOf(error)
      if (failure === 'idempotency') intent.reset()
      if (failure === 'conflict' || failure === 'notFound') return refreshAlerts(client)
      return undefined
    },
  })
}

export const acknowledgeAlertMutationOptions = (id: string) =>
  alertActionOptions<{ note?: string }>(id, 'acknowledge')
export const activatePlanMutationOptions = (id: string) =>
  alertActionOptions<PlanActivation>(id, 'activate-plan')
export const resolveAlertMutationOptions = (id: string) => alertActionOptions<{ note: string }>(id, 'resolve')
