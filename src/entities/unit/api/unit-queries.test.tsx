import { useQuery } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../../../tests/unit/render-app'
import { patiently, renderQuery } from '../../../../tests/unit/render-query'
import { unitsQueryOptions } from './unit-queries'

beforeEach(() => signInAs('director'))

describe('unit query options', () => {
  it('reads the handling units, validated', async () => {
    const { result } = renderQuery(() => useQuery(unitsQueryOptions()))
    await waitFor(() => expect(result.current.isSuccess).toBe(true), patiently)
    const codes = result.current.data!.items.map((unit) => unit.code)
    expect(codes.length).toBeGreaterThan(0)
    expect(new Set(codes).size).toBe(codes.length)
  })
})
