import { createFileRoute } from '@tanstack/react-router'
import { calendarYearQueryOptions } from '@/entities/calendar/api/calendar-queries'
import { yearsDeadlinesReach } from '@/entities/calendar/model/deadline-years'
import { meQueryOptions } from '@/entities/session/me-query'
import { chinaDay } from '@/shared/lib/format'
import { AppShell } from '../shell/app-shell'

/** How long the first paint may wait for the shell's data: one quick answer, never a slow one. */
const shellDataWaitMs = 300

export const Route = createFileRoute('/_shell')({
  // Not split into a chunk of its own: every page needs the shell (the Overview is the landing
  // page), and a split one is only asked for after the entry has run, a second round trip
  // before the first paint.
  codeSplitGroupings: [],
  // The assumed-calendar notice above every page needs these years, the toolbar the signed-in
  // user. Asked as soon as the URL is known (usually already under way: start-first-requests.ts)
  // and waited for briefly, so that both are in the first paint: arriving later, the notice
  // pushed the whole page down and the user's name the toolbar sideways. A slow or failing
  // answer does not hold the page; its part then appears when it can.
  loader: async ({ context }) => {
    const shellData = Promise.all([
      ...yearsDeadlinesReach(chinaDay(Date.now())).map((year) =>
        context.queryClient.query(calendarYearQueryOptions(year)),
      ),
      context.queryClient.query(meQueryOptions()),
    ]).catch(() => undefined)
    await Promise.race([shellData, new Promise((resolve) => setTimeout(resolve, shellDataWaitMs))])
  },
  component: AppShell,
})
