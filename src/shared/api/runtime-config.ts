import { z } from 'zod/mini'

/**
 * Deployment settings read at run time from `config.json` beside index.html, so that one
 * build serves any backend: operators edit the file, not the bundle.
 */
export const runtimeConfigSchema = z.object({
  apiBaseUrl: z._default(z.string().check(z.minLength(1)), '/api/v1'),
})
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>

export const defaultRuntimeConfig: RuntimeConfig = runtimeConfigSchema.parse({})

let pending: Promise<RuntimeConfig> | undefined

async function fetchRuntimeConfig(): Promise<RuntimeConfig> {
  const url = new URL(`${import.meta.env.BASE_URL}config.json`, document.baseURI)
  try {
    const response = await fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return runtimeConfigSchema.parse(await response.json())
  } catch (error) {
    // Without the file the same-origin default still works; say why we fell back.
    console.warn(`duban: config.json unusable (${String(error)}); using ${defaultRuntimeConfig.apiBaseUrl}`)
    return defaultRuntimeConfig
  }
}

/** Loads config.json once per page; every API call awaits the same promise. */
export function loadRuntimeConfig(): Promise<RuntimeConfig> {
  pending ??= fetchRuntimeConfig()
  return pending
}

/** Tests: forget the loaded config so the next call reads config.json again. */
export function resetRuntimeConfig(): void {
  pending = undefined
}
