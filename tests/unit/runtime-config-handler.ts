import { http, HttpResponse } from 'msw'
import type { RuntimeConfig } from '@/shared/api/runtime-config'

/** The config.json the tests serve by default: the same-origin API, as in production. */
export const testRuntimeConfig: RuntimeConfig = { apiBaseUrl: '/api/v1' }

/**
 * Serves `config.json` (beside index.html) with the given content. The setup file installs
 * the default before each test; a test that needs another backend adds its own with
 * `server.use(runtimeConfigHandler({ apiBaseUrl: 'https://api.example.test/v2' }))`.
 */
export function runtimeConfigHandler(config: Partial<RuntimeConfig> = testRuntimeConfig) {
  return http.get('*/config.json', () => HttpResponse.json(config))
}
