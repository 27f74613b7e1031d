import { createFileRoute } from '@tanstack/react-router'
import { calendarYearQueryOptions } from '@/entities/calendar/api/calendar-queries'
import { yearsDeadlinesReach } from '@/entities/calendar/model/deadline-years'
import { chinaDay } from '@/shared/lib/format'
import { AppShell } from '../shell/app-shell'

export const Route = createFileRoute('/_shell')({
  // The calendar notice on every page needs these years: ask as soon as the URL is known, beside
  // the session check, not after the shell has rendered. Failures are the notice's to show.
  loader: ({ context }) => {
    for (const year of yearsDeadlinesReach(chinaDay(Date.now()))) {
      context.queryClient.query(calendarYearQueryOptions(year)).catch(() => undefined)
    }
  },
  component: AppShell,
})
