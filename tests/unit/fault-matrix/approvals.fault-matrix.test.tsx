import { screen, within } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'
import { alertWithRetry, panelStale } from './shared-checks'

describeFaultMatrix({
  name: 'Approvals',
  url: '/approvals',
  // The first request waiting for a decision, or the sentence saying there is none (the city may
  // have none pending at this hour): either is the API's answer on screen.
  shown: () => {
    const extensions = screen.getByRole('region', { name: '延期申请' })
    const first = within(extensions).queryAllByRole('article')[0]
    if (first) return within(first).getAllByRole('heading')[0]!.textContent.trim()
    return within(extensions).getByText('没有待审批的延期申请。').textContent
  },
  isStale: panelStale,
  firstLoadFailed: alertWithRetry,
})
