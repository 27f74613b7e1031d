/** The reference page with TanStack Query and TanStack Router. */
import { Link } from '@tanstack/react-router'
import { mount, SummaryFigures } from './mount'
import { routed } from './router-page'

function Page() {
  return (
    <main>
      <Link to="/">总览</Link>
      <SummaryFigures />
    </main>
  )
}

mount(routed(Page))
