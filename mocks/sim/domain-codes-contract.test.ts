// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CATEGORY_CODES, CHANNEL_CODES, DISTRICT_CODES, KIND_CODES, STAGE_CODES } from './domain-codes'

interface Spec {
  components: { schemas: Record<string, { enum?: string[] }> }
}

const spec = parse(readFileSync(new URL('../../public/openapi.yaml', import.meta.url), 'utf8')) as Spec

function specEnum(schema: string): string[] {
  const values = spec.components.schemas[schema]?.enum
  if (!values) throw new Error(`public/openapi.yaml has no enum schema ${schema}`)
  return values
}

// The simulator's codes are the contract's codes: a rename on one side alone must fail here.
describe('the simulator speaks the contract’s codes', () => {
  it.each([
    ['DistrictCode', DISTRICT_CODES],
    ['ChannelCode', CHANNEL_CODES],
    ['KindCode', KIND_CODES],
    ['CategoryCode', CATEGORY_CODES],
    ['StageCode', STAGE_CODES],
  ] as const)('%s', (schema, codes) => {
    expect([...codes].sort()).toEqual([...specEnum(schema)].sort())
  })
})
