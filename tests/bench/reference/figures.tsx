/**
 * The six figures the bench's bare reference page shows, and how it asks for them: shared by
 * that page (main.tsx) and by its variants built with the app's libraries
 * (tests/bench/reference-variants), so each does the same honest work: ask the same server,
 * same origin, with the same session cookie, and paint real numbers.
 */

interface OnTime {
  rate: number | null
}

export interface Summary {
  received: { total: number }
  initialCheck: OnTime
  reportCheck: OnTime
  closure: OnTime
  recoveredFen: number
  open: { overdue: number }
}

/** Today as a China calendar day (YYYY-MM-DD), the way the API counts days. */
export const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

const count = new Intl.NumberFormat('zh-CN')
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 2 })
const rate = (value: number | null) => (value === null ? '—' : percent.format(value))

export async function fetchSummary(): Promise<Summary> {
  const query = new URLSearchParams({ from: today, to: today })
  const response = await fetch(`/api/v1/kpis/summary?${query.toString()}`, {
    headers: { Accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`GET /kpis/summary: HTTP ${response.status}`)
  return (await response.json()) as Summary
}

export function Figures({ summary }: { summary: Summary }) {
  const figures: [string, string][] = [
    ['受理量', count.format(summary.received.total)],
    ['按时初查率', rate(summary.initialCheck.rate)],
    ['举报按时核查率', rate(summary.reportCheck.rate)],
    ['按时办结率', rate(summary.closure.rate)],
    ['挽回经济损失（元）', count.format(summary.recoveredFen / 100)],
    ['超期未办结', count.format(summary.open.overdue)],
  ]
  return (
    <dl>
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
