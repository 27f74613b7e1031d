import { mutationOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { actionCallbacks, type ActionVariables } from '@/entities/escalation/api/invalidate-after-action'
import type { components } from '@/shared/api/schema.gen'
import { sendAction } from '@/shared/api/send-action'
import { extensionRequestSchema, returnedTicketSchema } from '@/shared/api/validators.gen'
import { decisionQueryKeys } from './decision-queries'

export type ExtensionRequest = z.output<typeof extensionRequestSchema>
export type ReturnedTicket = z.output<typeof returnedTicketSchema>

/** The two queues awaiting a director, by their path in the API. */
export type DecisionQueue = 'extension-requests' | 'returned-tickets'
export type Verdict = 'approve' | 'reject'

/**
 * The body of any decision: an optional note to approve an extension; a required note to reject
 * (`RequiredDecisionNote`); the unit to re-dispatch to when approving a return (`ReturnApproval`).
 */
export type DecisionBody =
  | components['schemas']['DecisionNote']
  | components['schemas']['RequiredDecisionNote']
  | components['schemas']['ReturnApproval']

const queueKeys = {
  'extension-requests': decisionQueryKeys.extensionRequests,
  'returned-tickets': decisionQueryKeys.returnedTickets,
} as const

/**
 * `POST /{queue}/{id}/{verdict}`: an extension's deadline moves by the days asked for (or stays);
 * a returned ticket is re-dispatched to another unit (or stays with the unit that returned it).
 */
export function decisionMutationOptions(queue: DecisionQueue, verdict: Verdict, id: string) {
  return mutationOptions({
    mutationKey: [...queueKeys[queue](), verdict, id] as const,
    mutationFn: ({ body, intent }: ActionVariables<DecisionBody>) =>
      sendAction(`/${queue}/${encodeURIComponent(id)}/${verdict}`, {
        method: 'POST',
        body,
        intent,
        schema: queue === 'extension-requests' ? extensionRequestSchema : returnedTicketSchema,
      }),
    ...actionCallbacks,
  })
}
