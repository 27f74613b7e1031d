import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { apiFetch } from '@/shared/api/api-fetch'
import { wallDisplayListSchema } from '@/shared/api/validators.gen'

export type WallDisplay = z.output<typeof wallDisplayListSchema>['items'][number]

export const wallDisplayQueryKeys = {
  all: ['wallDisplays'] as const,
}

/** `GET /wall-displays`: every wall display, when it last reported, and whether it went quiet. */
export function wallDisplaysQueryOptions() {
  return queryOptions({
    queryKey: wallDisplayQueryKeys.all,
    queryFn: ({ signal }) => apiFetch('/wall-displays', { schema: wallDisplayListSchema, signal }),
  })
}
