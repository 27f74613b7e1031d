import { screen } from '@testing-library/react'
import { describeFaultMatrix } from './fault-matrix'
import { alertWithRetry, panelStale } from './shared-checks'

describeFaultMatrix({
  name: 'Escalations',
  url: '/escalations',
  shown: () => screen.getAllByRole('link', { name: /^查看工单 / })[0]!.textContent.trim(),
  isStale: panelStale,
  firstLoadFailed: alertWithRetry,
})
