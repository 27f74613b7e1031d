import { faults } from '@mocks/handlers'
import { server } from '@mocks/node'
import { screen, waitFor, within } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'

interface Suggestions {
  items: { workOrder: { id: string; overdue: boolean; reminderCount: number } }[]
  total: number
}

async function suggestions(): Promise<Suggestions> {
  await signInAs('director')
  const response = await fetch(new URL('/api/v1/supervision-suggestions?limit=500', document.baseURI))
  expect(response.ok).toBe(true)
  return (await response.json()) as Suggestions
}

const panel = () => screen.findByRole('region', { name: /^建议督办/ }, patiently)

/** The ids of the rows shown, top to bottom. */
function shownIds(region: HTMLElement): string[] {
  return within(region)
    .getAllByRole('link', { name: /^查看工单 / })
    .map((link) => link.textContent)
}

describe('suggested for supervision', { timeout: 40_000 }, () => {
  it('lists the API’s ranking, ten at a time, with how late and how often reminded', async () => {
    const expected = await suggestions()
    expect(expected.total).toBeGreaterThan(10)
    const { user } = await renderApp('/escalations')
    const region = await panel()
    expect(
      await within(region).findByText(new RegExp(`^${expected.total} 件已超期或临期、尚未督办的工单`)),
    ).toBeInTheDocument()
    const ids = expected.items.map((item) => item.workOrder.id)
    expect(shownIds(region)).toEqual(ids.slice(0, 10))
    const first = within(within(region).getAllByRole('listitem')[0]!)
    expect(first.getByText('第 1')).toBeInTheDocument()
    const top = expected.items[0]!.workOrder
    expect(first.getByText(top.overdue ? /^超期/ : /^(今日到期|剩 \d)/)).toBeInTheDocument()
    expect(first.getByText('催办次数').nextElementSibling).toHaveTextContent(String(top.reminderCount))

    await user.click(
      within(region).getByRole('button', { name: `显示更多（还有 ${expected.total - 10} 件）` }),
    )
    await waitFor(() => expect(shownIds(region)).toEqual(ids.slice(0, 20)))
  })

  it('supervises the top item: it leaves the suggestions and joins the supervised items', async () => {
    const expected = await suggestions()
    const top = expected.items[0]!.workOrder.id
    const { user } = await renderApp('/escalations')
    const region = await panel()
    const row = within(within(region).getAllByRole('listitem')[0]!)
    await user.click(row.getByRole('button', { name: '督办' }))
    await user.type(row.getByRole('textbox', { name: /督办要求/ }), '请今日内办结并报告')
    await user.click(row.getByRole('button', { name: /^下发督办单/ }))
    // The row goes; the keyboard focus goes to what happened, not to the top of the page.
    const said = await within(region).findByText(
      `工单 ${top} 已下发督办单，已移入“督办中的工单”。`,
      {},
      patiently,
    )
    await waitFor(() => expect(said).toHaveFocus())
    await waitFor(() => expect(shownIds(region)).not.toContain(top))
    const supervised = await screen.findByRole('region', { name: /^督办中的工单/ })
    expect(
      await within(supervised).findByRole('link', { name: `查看工单 ${top}` }, patiently),
    ).toBeInTheDocument()
  })

  it('keeps the rest of the page when the suggestions fail, and says so', async () => {
    faults.set('GET /supervision-suggestions', { kind: '500' })
    await renderApp('/escalations')
    const region = await panel()
    expect(await within(region).findByRole('alert', {}, patiently)).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: /^督办中的工单/ }, patiently)).toBeInTheDocument()
  })

  it('is not offered to staff, who may not supervise', async () => {
    const asked: string[] = []
    server.use(http.get('*/api/v1/supervision-suggestions', ({ request }) => void asked.push(request.url)))
    await renderApp('/escalations', { signedInAs: 'staff' })
    expect(await screen.findByRole('region', { name: /^督办概况/ }, patiently)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /^建议督办/ })).toBeNull()
    expect(asked).toEqual([])
  })
})
