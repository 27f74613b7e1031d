import { mutationOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import type { components } from '@/shared/api/schema.gen'
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
