import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { renderApp } from '../../../tests/unit/render-app'

describe('the wall’s ticker', () => {
  it('shows each item’s stage, and "—" with the reason where the API left a rare district out', async () => {
    server.use(
      http.get('*/api/v1/ticker', () =>
        HttpResponse.json({
          asOf: '2026-12-06T10:00:00+08:00',
          items: [
            {
              receivedAt: '2026-12-06T09:58:00+08:00',
              kind: 'complaint',
              channel: 'hotline12345',
              category: 'foodSafety',
              district: '371102',
              stage: 'signed',
            },
            {
              receivedAt: '2026-12-06T09:41:00+08:00',
              kind: 'report',
              channel: 'platform12315',
              category: 'telecoms',
              district: null,
              stage: 'received',
            },
          ],
        }),
      ),
    )
    await renderApp('/wall?scenes=ticker&interval=300', { signedInAs: 'wall' })
    const table = await screen.findByRole('table', { name: /最新受理的工单/ })
    const rows = within(table).getAllByRole('row')
    expect(within(rows[0]!).getByRole('columnheader', { name: '当前环节' })).toBeInTheDocument()
    expect(rows[1]).toHaveTextContent(/食品安全.*东港区.*12345热线.*签收/)
    const cells = within(rows[2]!).getAllByRole('cell')
    expect(cells[3]).toHaveTextContent(/^—$/)
    expect(cells[5]).toHaveTextContent('登记')
    expect(screen.getByText('区县为“—”：近 7 天该区县同类工单少于 3 件，不予显示')).toBeInTheDocument()
  })
})
