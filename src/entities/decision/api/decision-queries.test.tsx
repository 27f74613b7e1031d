import { useInfiniteQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import {
  decisionQueryKeys,
  extensionRequestsInfiniteQueryOptions,
  returnedTicketsInfiniteQueryOptions,
} from './decision-queries'

beforeEach(() => signInAs('director'))

describe('decision query options', () => {
  it('reads extension requests and returned tickets awaiting a decision, validated', async () => {
    const { result } = renderQuery(() => ({
      extensions: useInfiniteQuery(extensionRequestsInfiniteQueryOptions({ status: 'pending', limit: 5 })),
      returns: useInfiniteQuery(returnedTicketsInfiniteQueryOptions({ status: 'pending', limit: 5 })),
    }))
    await waitFor(
      () => expect(result.current.extensions.isSuccess && result.current.returns.isSuccess).toBe(true),
      patiently,
    )
    for (const item of result.current.extensions.data!.pages[0]!.items) expect(item.status).toBe('pending')
    for (const item of result.current.returns.data!.pages[0]!.items) expect(item.status).toBe('pending')
    expect(extensionRequestsInfiniteQueryOptions().queryKey.slice(0, 2)).toEqual(
      decisionQueryKeys.extensionRequests(),
    )
    expect(returnedTicketsInfiniteQueryOptions().queryKey.slice(0, 1)).toEqual(decisionQueryKeys.all)
  })
})
