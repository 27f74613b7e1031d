import { mutationOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import type { components } from '@/shared/api/schema.gen'
import type { EveryPage } from '@/shared/api/every-page'
import { sendAction } from '@/shared/api/send-action'
import { escalationSchema } from '@/shared/api/validators.gen'
import { escalationQueryKeys } from './escalation-queries'
import { actionCallbacks, type ActionVariables } from './invalidate-after-action'

export type Escalation = z.output<typeof escalationSchema>
export type NewEscalation = components['schemas']['NewEscalation']
export type EscalationPatch = components['schemas']['EscalationPatch']

/** `POST /escalations`: puts an open work order under supervision (督办); directors only. */
export function createEscalationMutationOptions() {
  return mutationOptions({
    mutationKey: [...escalationQueryKeys.all, 'create'] as const,
    mutationFn: ({ body, intent }: ActionVariables<NewEscalation>) =>
      sendAction('/escalations', { method: 'POST', body, intent, schema: escalationSchema }),
    ...actionCallbacks,
  })
}

/**
 * `PATCH /escalations/{id}`: a new report-by day, closing, or a progress note. The key is
 * optional here in the contract; sent anyway, so that a retried note is not recorded twice.
 */
export function updateEscalationMutationOptions(id: string) {
  return mutationOptions({
    mutationKey: [...escalationQueryKeys.all, 'update', id] as const,
    mutationFn: ({ body, intent }: ActionVariables<EscalationPatch>) =>
      sendAction(`/escalations/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
        intent,
        schema: escalationSchema,
      }),
    ...actionCallbacks,
  })
}

type EscalationLists = EveryPage<Escalation>

/**
 * A new report-by day for a supervision, shown at once: every whole list of supervisions in the
 * cache takes the new day before the API answers, and gets its old one back if the API refuses
 * (then the shared failure handling applies). The lists are asked for again either way.
 */
export function extendEscalationMutationOptions(id: string) {
  return mutationOptions({
    mutationKey: [...escalationQueryKeys.all, 'extend', id] as const,
    mutationFn: ({ body, intent }: ActionVariables<{ dueDate: string }>) =>
      sendAction(`/escalations/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
        intent,
        schema: escalationSchema,
      }),
    onMutate: async ({ body }, { client }) => {
      const lists = { queryKey: escalationQueryKeys.everyLists() }
      await client.cancelQueries(lists)
      const before = client.getQueriesData<EscalationLists>(lists)
      client.setQueriesData<EscalationLists>(lists, (data) =>
        data
          ? {
              ...data,
              items: data.items.map((item) => (item.id === id ? { ...item, dueDate: body.dueDate } : item)),
            }
          : data,
      )
      return { before }
    },
    onError: (error, variables, onMutateResult, context) => {
      for (const [queryKey, data] of onMutateResult?.before ?? []) context.client.setQueryData(queryKey, data)
      return actionCallbacks.onError(error, variables, onMutateResult, context)
    },
    onSuccess: actionCallbacks.onSuccess,
  })
}
