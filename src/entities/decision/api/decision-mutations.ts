import { mutationOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { actionCallbacks, type ActionVariables } from '@/entities/escalation/api/invalidate-after-action'
import type { components } from '@/shared/api/schema.gen'
import { sendAction } from '@/shared/api/send-action'
import { extensionRequestSchema, returnedTicketSchema } from '@/shared/api/validators.gen'
import { decisionQueryKeys } from './decision-queries'

export type ExtensionRequest = z.output<typeof extensionRequestSchema>
export type ReturnedTicket = z.output<typeof returnedTicketSchema>
export type DecisionNote = components['schemas']['DecisionNote']
export type RequiredDecisionNote = components['schemas']['RequiredDecisionNote']
export type ReturnApproval = components['schemas']['ReturnApproval']

const decisionPath = (queue: 'extension-requests' | 'returned-tickets', id: string, verdict: string) =>
  `/${queue}/${encodeURIComponent(id)}/${verdict}`

/** `POST /extension-requests/{id}/approve`: the deadline moves by the days asked for. */
export function approveExtensionMutationOptions(id: string) {
  return mutationOptions({
    mutationKey: [...decisionQueryKeys.extensionRequests(), 'approve', id] as const,
    mutationFn: ({ body, intent }: ActionVariables<DecisionNote>) =>
      sendAction(decisionPath('extension-requests', id, 'approve'), {
        method: 'POST',
        body,
        intent,
        schema: extensionRequestSchema,
      }),
    ...actionCallbacks,
  })
}

/** `POST /extension-requests/{id}/reject`: the deadline stays; the reason is required. */
export function rejectExtensionMutationOptions(id: string) {
  return mutationOptions({
    mutationKey: [...decisionQueryKeys.extensionRequests(), 'reject', id] as const,
    mutationFn: ({ body, intent }: ActionVariables<RequiredDecisionNote>) =>
      sendAction(decisionPath('extension-requests', id, 'reject'), {
        method: 'POST',
        body,
        intent,
        schema: extensionRequestSchema,
      }),
    ...actionCallbacks,
  })
}

/** `POST /returned-tickets/{id}/approve`: the item is re-dispatched to `toUnit`. */
export function approveReturnMutationOptions(id: string) {
  return mutationOptions({
    mutationKey: [...decisionQueryKeys.returnedTickets(), 'approve', id] as const,
    mutationFn: ({ body, intent }: ActionVariables<ReturnApproval>) =>
      sendAction(decisionPath('returned-tickets', id, 'approve'), {
        method: 'POST',
        body,
        intent,
        schema: returnedTicketSchema,
      }),
    ...actionCallbacks,
  })
}

/** `POST /returned-tickets/{id}/reject`: the unit keeps the item; the reason is required. */
export function rejectReturnMutationOptions(id: string) {
  return mutationOptions({
    mutationKey: [...decisionQueryKeys.returnedTickets(), 'reject', id] as const,
    mutationFn: ({ body, intent }: ActionVariables<RequiredDecisionNote>) =>
      sendAction(decisionPath('returned-tickets', id, 'reject'), {
        method: 'POST',
        body,
        intent,
        schema: returnedTicketSchema,
      }),
    ...actionCallbacks,
  })
}
