import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import { generateValidatorFiles, type GeneratedFile, type OpenApiDocument } from './openapi-to-zod'

export const specUrl = new URL('../../../../public/openapi.yaml', import.meta.url)
/** src/shared/api: generated paths are relative to it. */
export const apiDirUrl = new URL('../', import.meta.url)

/**
 * What `npm run api:validators` writes: the generated validator files, formatted with the
 * project's prettier settings (so they read like the rest of the code and `format:check` accepts
 * them). The staleness test calls this too, so the script and the test cannot drift apart.
 */
export async function renderValidators(): Promise<GeneratedFile[]> {
  const document = parse(await readFile(specUrl, 'utf8')) as OpenApiDocument
  const options = (await resolveConfig(fileURLToPath(new URL('validators.gen.ts', apiDirUrl)))) ?? {}
  return Promise.all(
    generateValidatorFiles(document).map(async (file) => ({
      path: file.path,
      source: await format(file.source, {
        ...options,
        filepath: fileURLToPath(new URL(file.path, apiDirUrl)),
      }),
    })),
  )
}
