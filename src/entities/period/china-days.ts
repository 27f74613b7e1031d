/**
 * Arithmetic on China calendar days written as the API writes them, "YYYY-MM-DD". A day has no
 * zone once it is a day, so the arithmetic runs on UTC dates: no browser zone can shift it.
 */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/
const msPerDay = 86_400_000

/** Whether `text` is a real calendar day (2026-02-30 is not). */
export function isChinaDay(text: string): boolean {
  const match = dayPattern.exec(text)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function toUtc(day: string): Date {
  if (!isChinaDay(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`)
  return new Date(`${day}T00:00:00Z`)
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(day: string, days: number): string {
  return fromUtc(new Date(toUtc(day).getTime() + days * msPerDay))
}

/** Days from `from` to `to`, both included: a single day is 1. */
export function daysInRange(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / msPerDay) + 1
}

/** Monday of the ISO week (Monday to Sunday) holding the day. */
export function startOfWeek(day: string): string {
  const weekday = toUtc(day).getUTCDay() // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7))
}

export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`
}

export function startOfQuarter(day: string): string {
  const month = Number(day.slice(5, 7))
  const first = month - ((month - 1) % 3)
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`
}

export function startOfYear(day: string): string {
  return `${day.slice(0, 4)}-01-01`
}

/** The last day of the month holding the day. */
export function endOfMonth(day: string): string {
  const date = toUtc(startOfMonth(day))
  return fromUtc(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)))
}
