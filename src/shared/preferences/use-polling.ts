import { usePreferences } from './preferences-store'

/**
 * Polling options for a live query, from the refresh-interval preference. TanStack Query stops
 * the interval while the tab is hidden (`refetchIntervalInBackground: false`) and refetches
 * stale queries when it is shown again (`refetchOnWindowFocus`, on by default in the app).
 */
export function usePolling(): { refetchInterval: number; refetchIntervalInBackground: false } {
  const seconds = usePreferences((state) => state.refreshIntervalSeconds)
  return { refetchInterval: seconds * 1000, refetchIntervalInBackground: false }
}
