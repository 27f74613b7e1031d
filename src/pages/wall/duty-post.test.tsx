import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import { renderApp } from '../../../tests/unit/render-app'

describe('the wall’s duty post', () => {
  it('names the post and its public lines, and no person (the API withholds names from walls)', async () => {
    await renderApp('/wall?interval=300', { signedInAs: 'wall' })
    const duty = await screen.findByTestId('wall-duty')
    expect(duty).toHaveTextContent('值班 日照市市场监督管理局投诉举报指挥中心 · 热线 12315 / 12345')
    expect(duty).not.toHaveTextContent('带班领导')
    expect(duty).not.toHaveTextContent('值班员')
  })

  it('shows who is on duty when the deployment gives names to its walls', async () => {
    server.use(
      http.get('*/api/v1/duty-roster', ({ request }) => {
        const url = new URL(request.url)
        const [from, to] = [url.searchParams.get('from') ?? '', url.searchParams.get('to') ?? '']
        const day = (date: string) => ({
          date,
          workingDay: true,
          shifts: [
            { shift: 'allDay', duty: 'leader', name: '王带班', unit: null },
            { shift: 'day', duty: 'officer', name: '李值班', unit: null },
            { shift: 'night', duty: 'officer', name: '李值班', unit: null },
          ],
        })
        return HttpResponse.json({
          asOf: `${to}T08:00:00+08:00`,
          period: { from, to },
          dutyPost: '日照市市场监督管理局投诉举报指挥中心',
          publicLines: ['12315'],
          days: [day(from), day(to)],
        })
      }),
    )
    await renderApp('/wall?interval=300', { signedInAs: 'wall' })
    const duty = await screen.findByTestId('wall-duty')
    expect(duty).toHaveTextContent('热线 12315 · 带班领导 王带班 · 值班员 李值班')
  })
})
