import type { RequestHandler } from 'msw'

/**
 * The API's handlers, shared by the browser worker (development), the Node server (tests)
 * and, later, the mock HTTP server. The simulator and the endpoints arrive with the API
 * contract (issue 3); until then the list is empty and every request passes through.
 */
export const handlers: RequestHandler[] = []
