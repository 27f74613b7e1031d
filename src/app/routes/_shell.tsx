import { createFileRoute } from '@tanstack/react-router'
import { calendarYearQueryOptions } from '@/entities/calendar/api/calendar-queries'
import { yearsDeadlinesReach } from '@/entities/calendar/model/deadline-years'
import { chinaDay } from '@/shared/lib/format'
import { AppShell } from '../shell/app-shell'

/** How long the first paint may wait for the calendar: one quick answer, never a slow one. */
const calendarWaitMs = 300

export const Route = createFileRoute('/_shell')({
  // Not split into a chunk of its own: every page needs the shell (the Overview is the landing
  // page), and a split one is only asked for after the entry has run, a second round trip
  // before the first paint.
  codeSplitGroupings: [],
  // The assumed-calendar notice above every page needs these years. Asked as soon as the URL is
  // known and waited for briefly, so that the notice is in the first paint: arriving later, it
  // pushed the whole page down. A slow or failing calendar does not hold the page; the notice
  // then appears when it can, or not at all.
  loader: async ({ context }) => {
    const calendars = Promise.all(
      yearsDeadlinesReach(chinaDay(Date.now())).map((year) =>
        context.queryClient.query(calendarYearQueryOptions(year)),
      ),
    ).catch(() => undefined)
    await Promise.race([calendars, new Promise((resolve) => setTimeout(resolve, calendarWaitMs))])
  },
  component: AppShell,
})
