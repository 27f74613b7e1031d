/**
 * The bench's bare reference page: React rendering six figures of today's `GET /kpis/summary`
 * and nothing else (no router, no query library, no i18n, no CSS). The Overview's LCP is
 * divided by this page's.
 */
import { createRoot } from 'react-dom/client'
import { fetchSummary, Figures } from './figures'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)
// Fetched before React renders anything: the least a page can do to show these numbers.
fetchSummary().then(
  (summary) => root.render(<Figures summary={summary} />),
  (error: unknown) => root.render(<p role="alert">{String(error)}</p>),
)
