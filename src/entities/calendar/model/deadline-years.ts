/**
 * The longest time limit runs about four months (a penalty case: 90 calendar days plus a 30-day
 * extension), so from this many days before New Year, deadlines set today reach next year.
 */
export const deadlineReachDays = 120

const MS_PER_DAY = 86_400_000

/** The calendar years that deadlines set on `today` (a China day, YYYY-MM-DD) can fall in. */
export function yearsDeadlinesReach(today: string): number[] {
  const year = Number(today.slice(0, 4))
  const daysToNewYear = (Date.UTC(year + 1, 0, 1) - Date.parse(`${today}T00:00:00Z`)) / MS_PER_DAY
  return daysToNewYear <= deadlineReachDays ? [year, year + 1] : [year]
}
