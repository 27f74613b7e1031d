import { infiniteQueryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/shared/api/api-fetch'
import { nextPageParam, type ListParams } from '@/shared/api/operation-params'
import { extensionRequestPageSchema, returnedTicketPageSchema } from '@/shared/api/validators.gen'

export type ExtensionRequestListParams = ListParams<'listExtensionRequests'>
export type ReturnedTicketListParams = ListParams<'listReturnedTickets'>

/**
 * Query keys of what awaits a director's decision: extension requests and returned tickets.
 * A decision invalidates its kind's prefix (and work orders and figures, which it moves too).
 */
export const decisionQueryKeys = {
  all: ['decisions'] as const,
  extensionRequests: () => [...decisionQueryKeys.all, 'extension-requests'] as const,
  extensionRequestList: (params: ExtensionRequestListParams) =>
    [...decisionQueryKeys.extensionRequests(), params] as const,
  returnedTickets: () => [...decisionQueryKeys.all, 'returned-tickets'] as const,
  returnedTicketList: (params: ReturnedTicketListParams) =>
    [...decisionQueryKeys.returnedTickets(), params] as const,
}

/** `GET /extension-requests`, page by page, newest first. */
export function extensionRequestsInfiniteQueryOptions(params: ExtensionRequestListParams = {}) {
  return infiniteQueryOptions({
    queryKey: decisionQueryKeys.extensionRequestList(params),
    queryFn: ({ pageParam, signal }) =>
      apiFetch('/extension-requests', {
        query: { ...params, cursor: pageParam },
        schema: extensionRequestPageSchema,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  })
}

/** `GET /returned-tickets`, page by page, newest first. */
export function returnedTicketsInfiniteQueryOptions(params: ReturnedTicketListParams = {}) {
  return infiniteQueryOptions({
    queryKey: decisionQueryKeys.returnedTicketList(params),
    queryFn: ({ pageParam, signal }) =>
      apiFetch('/returned-tickets', {
        query: { ...params, cursor: pageParam },
        schema: returnedTicketPageSchema,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  })
}
