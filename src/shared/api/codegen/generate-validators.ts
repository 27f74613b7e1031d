// Writes src/shared/api/validators.gen.ts and src/shared/api/validators/*.gen.ts from
// public/openapi.yaml (`npm run api:validators`), and removes modules of schemas that are gone.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { validatorModulesDir } from './openapi-to-zod'
import { apiDirUrl, renderValidators } from './render-validators'

const files = await renderValidators()
const modulesUrl = new URL(`${validatorModulesDir}/`, apiDirUrl)
await mkdir(modulesUrl, { recursive: true })
const written = new Set(files.map((file) => file.path))
for (const name of await readdir(modulesUrl)) {
  if (name.endsWith('.gen.ts') && !written.has(`${validatorModulesDir}/${name}`)) {
    await rm(new URL(name, modulesUrl))
  }
}
for (const file of files) await writeFile(new URL(file.path, apiDirUrl), file.source)
console.log(`Wrote ${files.length} files under ${fileURLToPath(apiDirUrl)}`)
