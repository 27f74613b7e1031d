import { screen } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'
import { alertWithRetry } from './shared-checks'

describeFaultMatrix({
  name: 'Reports',
  url: '/reports?type=monthly',
  shown: () => screen.getByRole('heading', { level: 2, name: /^月分析 · / }).textContent.trim(),
  isStale: () => screen.queryAllByText(/^数据已过期/).length > 0,
  firstLoadFailed: alertWithRetry,
  // A report is a document, not polled: it is fetched again when the reader returns to the tab.
  nudge: () => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
})
