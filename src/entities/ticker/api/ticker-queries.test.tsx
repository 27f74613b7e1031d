import { useQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { tickerQueryOptions } from './ticker-queries'

beforeEach(() => signInAs('director'))

describe('ticker query options', () => {
  it('reads the latest items, masked, validated', async () => {
    const { result } = renderQuery(() => useQuery(tickerQueryOptions({ limit: 5 })))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    const items = result.current.data!.items
    expect(items.length).toBeLessThanOrEqual(5)
    // Codes and times only: the validator drops anything else, and the spec allows nothing else.
    for (const item of items)
      expect(Object.keys(item).sort()).toEqual([
        'category',
        'channel',
        'district',
        'kind',
        'receivedAt',
        'stage',
      ])
  })
})
