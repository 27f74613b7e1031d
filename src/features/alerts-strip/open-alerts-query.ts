import { useInfiniteQuery } from '@tanstack/react-query'
import { alertsInfiniteQueryOptions } from '@/entities/alert/api/alert-queries'
import { isApiError } from '@/shared/api/api-error'
import { usePolling } from '@/shared/preferences/use-polling'

/** How many alerts the strip shows: the newest few; the Hotspots page has the rest. */
export const stripSize = 5

/** The strip's request: open alerts only, newest first (the API's order), one short page. */
export const openAlertsParams = { status: 'open', limit: stripSize } as const

/** The role may not see alerts (the wall display): a fact about the account, not a failure. */
export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 403
}

/**
 * The newest open alerts, polled like every live panel, except once the API has said the role
 * may not see them: asking again every interval would only get the same 403.
 */
export function useOpenAlerts() {
  const { refetchInterval, refetchIntervalInBackground } = usePolling()
  return useInfiniteQuery({
    ...alertsInfiniteQueryOptions(openAlertsParams),
    refetchInterval: (query) => (isForbidden(query.state.error) ? false : refetchInterval),
    refetchIntervalInBackground,
  })
}
