import { mutationOptions } from '@tanstack/react-query'
import type { components } from '@/shared/api/schema.gen'
import { apiFetch } from '@/shared/api/api-fetch'
import { wallDisplaySchema } from '@/shared/api/validators.gen'
import { wallDisplayQueryKeys } from './wall-display-queries'

export type WallDisplayReport = components['schemas']['WallDisplayReport']

/**
 * `PUT /wall-displays/{deviceId}`: a wall display's heartbeat. PUT is idempotent by itself, so
 * no Idempotency-Key; the CSRF token comes from `GET /me` (apiFetch adds it).
 */
export function reportWallDisplay(deviceId: string, report: WallDisplayReport) {
  return apiFetch(`/wall-displays/${encodeURIComponent(deviceId)}`, {
    method: 'PUT',
    body: report,
    schema: wallDisplaySchema,
  })
}

export function reportWallDisplayMutationOptions(deviceId: string) {
  return mutationOptions({
    mutationKey: [...wallDisplayQueryKeys.all, 'report', deviceId] as const,
    mutationFn: (report: WallDisplayReport) => reportWallDisplay(deviceId, report),
    // A heartbeat that failed is simply sent again a minute later: retrying now would only add
    // load to an API that is struggling. A 401 is the wall's own concern (its sign-in banner).
    retry: false,
    meta: { handlesUnauthenticated: true },
  })
}
