import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { HOSTILE_TEXTS } from '@mocks/sim/hostile-text'
import type { components } from '@/shared/api/schema.gen'
import { maskPersonalNumbers } from '@/shared/lib/mask-personal-data'
import { renderApp, signInAs } from '../../../tests/unit/render-app'
import { patiently } from '../../../tests/unit/render-query'
import { wallText } from './alert-text'

/**
 * The wall in the `hostile-text` city, with names given to walls: unit names holding markup,
 * emoji, right-to-left, zero-width and very long text reach the alerts, the rankings and the
 * duty line of the header. All of it is literal text, cut or clamped where it could push a row
 * off the screen (the browser test checks the boxes at two screen sizes).
 */
type AlertSummary = components['schemas']['AlertSummary']
type Unit = components['schemas']['UnitList']['items'][number]

const NOW = Date.parse('2026-11-28T20:00:00+08:00')

beforeEach(() => {
  server.use(
    ...createHandlers({
      state: createApiState({ now: () => NOW, scenario: 'hostile-text', wallDutyNames: true }),
    }),
  )
})

async function hostileUnits(): Promise<Unit[]> {
  await signInAs('wall')
  const response = await fetch(new URL('/api/v1/units', document.baseURI))
  const { items } = (await response.json()) as { items: Unit[] }
  return items.filter((unit) => HOSTILE_TEXTS.some((text) => unit.name.startsWith(text)))
}

/** A red card for `unit`, naming three hostile businesses (3 items each: over the small-cell rule). */
function redCard(unit: string, index: number): AlertSummary {
  return {
    id: `rc-${unit}-20261127`,
    type: 'redCard',
    status: 'open',
    raisedAt: `2026-11-27T08:${String(10 + index).padStart(2, '0')}:00+08:00`,
    itemCount: 9,
    unit: unit,
    district: '371102',
    category: null,
    deadlineAt: '2026-11-27T00:00:00+08:00',
    spike: null,
    acknowledgedAt: null,
    planCode: null,
    planActivatedAt: null,
    resolvedAt: null,
    businesses: [0, 1, 2].map((k) => ({
      name: HOSTILE_TEXTS[(index * 3 + k) % HOSTILE_TEXTS.length]!.slice(0, 200),
      count: 3,
    })),
  }
}

/** No element a payload could have made, anywhere on the page. */
function expectNothingInjected() {
  expect(document.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0)
  expect(document.querySelectorAll('[onerror], [onload], [onclick], svg[onload]')).toHaveLength(0)
  expect(document.querySelectorAll('a[href^="javascript:"]')).toHaveLength(0)
  expect(document.querySelector('b')).toBeNull()
}

describe('the wall in the hostile city', () => {
  it('alerts: hostile unit and business names as literal text, cut whole graphemes, nothing injected', async () => {
    const units = await hostileUnits()
    expect(units.length).toBeGreaterThanOrEqual(7)
    const alerts = units.slice(0, 6).map((unit, index) => redCard(unit.code, index))
    server.use(
      http.get('*/api/v1/alert-summaries', () =>
        HttpResponse.json({ asOf: '2026-11-28T20:00:00+08:00', items: alerts, nextCursor: null, total: 6 }),
      ),
    )
    await renderApp('/wall?scenes=alerts&interval=300', { signedInAs: 'wall' })
    const region = screen.getByRole('region', { name: '处置中预警' })
    const rows = await within(region).findAllByRole('listitem', {}, patiently)
    expect(rows).toHaveLength(6)
    alerts.forEach((alert, index) => {
      const unit = units.find((u) => u.code === alert.unit)!
      const shown = wallText(unit.name, 20)
      expect(rows[index]).toHaveTextContent(shown, { normalizeWhitespace: false })
      // Cut to fit: never a dangling joiner or half of a surrogate pair before the ellipsis.
      expect(shown).not.toMatch(/[\u200D\uD800-\uDBFF]…$/)
      // The first two (a row holds two), each cut to 14 characters.
      for (const business of alert.businesses.slice(0, 2))
        expect(rows[index]!.textContent).toContain(wallText(business.name, 14))
    })
    expectNothingInjected()
  })

  it('rankings: names are literal, masked, in a clamped line of their own', { timeout: 40_000 }, async () => {
    const units = await hostileUnits()
    await renderApp('/wall?scenes=rankings&interval=300', { signedInAs: 'wall' })
    const table = await screen.findByRole('table', { name: /承办单位按时办结率/ }, patiently)
    const headers = await within(table).findAllByRole('rowheader', {}, patiently)
    expect(headers.length).toBeGreaterThanOrEqual(10)
    const hostileShown = units.filter((unit) =>
      headers.some((header) => header.textContent === maskPersonalNumbers(unit.name)),
    )
    expect(hostileShown.length).toBeGreaterThan(0)
    for (const header of headers) {
      // The name sits in a span of its own: the one the style sheet clamps to two lines.
      expect(header.children).toHaveLength(1)
      expect(header.firstElementChild?.tagName).toBe('SPAN')
      expect(header.firstElementChild?.className).toMatch(/nameText/)
    }
    expectNothingInjected()
  })

  it('header: the hostile duty post, lines and names as literal text in the clamped duty line', async () => {
    await renderApp('/wall?scenes=ticker&interval=300', { signedInAs: 'wall' })
    const duty = await screen.findByTestId('wall-duty', {}, patiently)
    await waitFor(() => expect(duty.textContent).toContain(HOSTILE_TEXTS[23]!.slice(0, 50)))
    expect(duty.textContent).toContain(HOSTILE_TEXTS[1])
    expect(duty.className).toMatch(/duty/)
    // The names of the people on duty (walls get them in this deployment) are hostile too.
    expect(duty.textContent).toMatch(/带班领导 .+ · 值班员 .+/)
    expectNothingInjected()
  })
})

describe('wallText', () => {
  it('cuts by what the reader sees as one character', () => {
    const family = '👨‍👩‍👧‍👦'
    expect(wallText(family.repeat(30), 5)).toBe(`${family.repeat(4)}…`)
    expect(wallText('🏳️‍🌈🏳️‍🌈🏳️‍🌈', 2)).toBe('🏳️‍🌈…')
    expect(wallText('商\u200B家\uFEFF名\u200C称\u200D', 20)).toBe('商\u200B家\uFEFF名\u200C称\u200D')
    expect(wallText('W'.repeat(400), 20)).toBe(`${'W'.repeat(19)}…`)
  })
})
