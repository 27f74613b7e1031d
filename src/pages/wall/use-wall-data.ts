import { useQuery } from '@tanstack/react-query'
import { calendarYearQueryOptions } from '@/entities/calendar/api/calendar-queries'
import { dutyRosterQueryOptions } from '@/entities/duty-roster/api/duty-roster-queries'
import { kpiSummaryQueryOptions, sixTimelyQueryOptions } from '@/entities/kpi/api/kpi-queries'
import { addDays, startOfYear } from '@/entities/period/china-days'
import { tickerQueryOptions } from '@/entities/ticker/api/ticker-queries'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { chinaDay } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { wallPolling, wallCarryScope } from './wall-polling'
import { useWallNow } from './use-wall-now'
import { clockOffsetMs } from './wall-time'

/** How many ticker rows fit the screen at every supported size. */
export const tickerRows = 10

/** The roster changes by the day; a swap of shifts during the day shows within ten minutes. */
const dutyRefreshMs = 10 * 60_000

/**
 * Every query of the wall, polled whatever scene shows, so that a scene coming up has its
 * figures and a failed refresh leaves the last good ones (the cache keeps them).
 */
export function useWallData() {
  const refreshMs = usePolling().refetchInterval
  const polling = wallPolling(refreshMs)
  const ticker = useQuery({ ...tickerQueryOptions({ limit: tickerRows }), ...polling })
  // The server's clock, from the ticker's latest answer: the room must not show a drifting PC
  // clock, and "today" is the server's China day.
  const offsetMs = clockOffsetMs(ticker.data?.asOf, ticker.dataUpdatedAt)
  // To the minute: what the page derives from the time (the day, the shift on duty, how long a
  // new alert stays marked) changes by the minute; the clock ticks by itself.
  const now = useWallNow(offsetMs, 60_000)
  const today = chinaDay(now)
  const year = { from: startOfYear(today), to: today }
  // Their keys move on at midnight: the last answers stay until the new day's arrive, even if
  // they fail (the wall must not go blank for the night).
  const summaryToday = useCarriedOver(
    { ...kpiSummaryQueryOptions({ from: today, to: today }), ...polling },
    wallCarryScope,
  )
  const summaryYear = useCarriedOver({ ...kpiSummaryQueryOptions(year), ...polling }, wallCarryScope)
  const sixTimely = useCarriedOver({ ...sixTimelyQueryOptions(year), ...polling }, wallCarryScope)
  const calendar = useQuery(calendarYearQueryOptions(Number(today.slice(0, 4))))
  // Yesterday too: before 08:30 the night shift that began yesterday is still on.
  const dutyRoster = useCarriedOver(
    {
      ...dutyRosterQueryOptions({ from: addDays(today, -1), to: today }),
      refetchInterval: dutyRefreshMs,
    },
    wallCarryScope,
  )
  return {
    now,
    offsetMs,
    today,
    summaryToday,
    summaryYear,
    sixTimely,
    ticker,
    calendar,
    dutyRoster,
    refreshMs,
  }
}
