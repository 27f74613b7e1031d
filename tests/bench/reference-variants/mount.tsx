/**
 * What every variant of the reference page shares: TanStack Query (the product's data library)
 * asks for the figures as soon as the script runs, and React renders `page` inside its provider.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { fetchSummary, Figures, today } from '../reference/figures'

const summaryQuery = { queryKey: ['summary', today], queryFn: fetchSummary }

/** The figures once they have come, the error if they failed, `empty` until then. */
export function SummaryFigures({ empty = null }: { empty?: ReactNode }) {
  const { data, error } = useQuery(summaryQuery)
  if (error) return <p role="alert">{String(error)}</p>
  return data ? <Figures summary={data} /> : empty
}

export function mount(page: ReactNode) {
  const container = document.getElementById('root')
  if (!container) throw new Error('the page has no #root element')
  const client = new QueryClient()
  client.query(summaryQuery).catch(() => undefined)
  createRoot(container).render(<QueryClientProvider client={client}>{page}</QueryClientProvider>)
}
