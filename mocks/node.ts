import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The MSW server for Vitest: the shared handlers, overridden per test with `server.use`. */
export const server = setupServer(...handlers)
