// @vitest-environment node
import { readFileSync } from 'node:fs'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'

const specUrl = new URL('../../../public/openapi.yaml', import.meta.url)
const generatedUrl = new URL('./schema.gen.ts', import.meta.url)

/**
 * What `npm run api:types` writes: the openapi-typescript CLI prints COMMENT_HEADER followed by
 * the printed AST. The script passes no options, so none are passed here either; a flag added to
 * the script must be mirrored here.
 */
async function generateSchemaTypes(): Promise<string> {
  return `${COMMENT_HEADER}${astToString(await openapiTS(specUrl, { silent: true }))}`
}

/** 1-based number of the first line where the two texts differ. */
function firstDifferingLine(a: string, b: string): number {
  const left = a.split('\n')
  const right = b.split('\n')
  const index = left.findIndex((line, i) => line !== right[i])
  return (index === -1 ? left.length : index) + 1
}

describe('src/shared/api/schema.gen.ts', () => {
  it('is what openapi-typescript generates from public/openapi.yaml', { timeout: 60_000 }, async () => {
    const expected = await generateSchemaTypes()
    let committed: string
    try {
      committed = readFileSync(generatedUrl, 'utf8')
    } catch {
      expect.fail('src/shared/api/schema.gen.ts is missing: run `npm run api:types`')
    }
    // A full diff of a 3,000-line file would bury the message; the line number is enough.
    if (committed !== expected) {
      expect.fail(
        'src/shared/api/schema.gen.ts is out of date with public/openapi.yaml ' +
          `(first difference at line ${firstDifferingLine(committed, expected)}): run \`npm run api:types\``,
      )
    }
  })
})
