/**
 * The bench's bare reference page: React rendering six figures of today's `GET /kpis/summary`
 * and nothing else (no router, no query library, no i18n, no CSS). The Overview's LCP is
 * divided by this page's, so it must do the same honest work: ask the same server, same
 * origin, with the same session cookie, and paint real numbers.
 */
import { createRoot } from 'react-dom/client'

interface OnTime {
  rate: number | null
}

interface Summary {
  received: { total: number }
  initialCheck: OnTime
  reportCheck: OnTime
  closure: OnTime
  recoveredFen: number
  open: { overdue: number }
}

/** Today as a China calendar day (YYYY-MM-DD), the way the API counts days. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

const count = new Intl.NumberFormat('zh-CN')
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 2 })
const rate = (value: number | null) => (value === null ? '—' : percent.format(value))

async function fetchSummary(): Promise<Summary> {
  const query = new URLSearchParams({ from: today, to: today })
  const response = await fetch(`/api/v1/kpis/summary?${query.toString()}`, {
    headers: { Accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`GET /kpis/summary: HTTP ${response.status}`)
  return (await response.json()) as Summary
}

function Figures({ summary }: { summary: Summary }) {
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

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)
// Fetched before React renders anything: the least a page can do to show these numbers.
fetchSummary().then(
  (summary) => root.render(<Figures summary={summary} />),
  (error: unknown) => root.render(<p role="alert">{String(error)}</p>),
)
