import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { server } from '@mocks/node'
import { renderApp } from '../../../../tests/unit/render-app'
import { calendarQueryKeys } from '../api/calendar-queries'

/** China time on the given day, whatever the test process's zone. */
const chinaNoon = (day: string) => new Date(`${day}T12:00:00+08:00`)

afterEach(() => {
  vi.useRealTimers()
})

describe('the assumed-calendar notice in the shell', () => {
  it('says so when deadlines set now reach a year served as assumed (the real mock: 2027)', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: chinaNoon('2026-11-28') })
    await renderApp('/settings')
    expect(
      await screen.findByText(/^2027年的节假日安排尚未公布：该年的工作日暂按周一至周五推算/),
    ).toBeInTheDocument()
  })

  it('stays silent while deadlines stay inside a published year', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: chinaNoon('2026-03-02') })
    const { queryClient } = await renderApp('/settings')
    // Once the calendar has answered, nothing was said.
    await waitFor(() => {
      expect(queryClient.getQueryState(calendarQueryKeys.year(2026))?.status).toBe('success')
    })
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })

  it('lists every assumed year, in the chosen language', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: chinaNoon('2026-12-20') })
    server.use(
      http.get('*/api/v1/calendar/:year', ({ params }) =>
        HttpResponse.json({
          year: Number(params.year),
          assumed: true,
          sourceKind: 'assumed',
          source: 'assumed',
          holidays: [],
          makeUpWorkdays: [],
        }),
      ),
    )
    await renderApp('/settings', { locale: 'en' })
    expect(await screen.findByRole('note')).toHaveTextContent(
      /^The official holiday schedule for 2026 and 2027 is not published yet/,
    )
  })
})
