import { mutationOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import type { WorkOrderId } from '@/entities/work-order/api/work-order-queries'
import { newIdempotencyKey } from '@/shared/api/action-intent'
import { apiFetch } from '@/shared/api/api-fetch'
import { contactSchema } from '@/shared/api/validators.gen'

export type RevealedContact = z.output<typeof contactSchema>

/**
 * `POST /work-orders/{id}/contact`: the unmasked contact, an audited act (the API records who
 * asked). One Idempotency-Key per click, so a retried request is not logged twice. The answer is
 * kept by the component that asked, never in the query cache: it goes when the drawer closes.
 */
export function revealContactMutationOptions(id: WorkOrderId) {
  return mutationOptions({
    mutationKey: ['work-orders', 'detail', id, 'contact'] as const,
    mutationFn: () =>
      apiFetch(`/work-orders/${encodeURIComponent(id)}/contact`, {
        method: 'POST',
        headers: { 'Idempotency-Key': newIdempotencyKey() },
        schema: contactSchema,
      }),
  })
}
