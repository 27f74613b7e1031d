import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { parseIsoInstant, toChinaIso } from '../sim/china-time'
import type { WallDisplayRecord } from './api-state'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { readJsonBody } from './json-body'
import { parseQuery } from './params'
import { requirePermission } from './permission'
import { instanceOf, invalidParameters } from './problem'

/**
 * The wall displays' heartbeat (`PUT /wall-displays/{deviceId}`) and who is listening to it
 * (`GET /wall-displays`), so that the Overview can show a wall that went quiet
 * (public/openapi.yaml).
 */

/** A display reports every minute: three missed reports, and it counts as quiet. */
export const quietAfterSeconds = 180

const deviceIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/
/** `parseIsoInstant` throws on what is not an instant with an offset: a refusal here, not a 500. */
function isInstant(value: string): boolean {
  try {
    return !Number.isNaN(parseIsoInstant(value))
  } catch {
    return false
  }
}
const isoInstant = z
  .string()
  .check(z.refine(isInstant, { error: 'is not an ISO 8601 instant with an offset' }))

const reportSchema = z.strictObject({
  appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  scene: z.string().check(z.regex(/^[a-z][a-zA-Z-]{0,39}$/)),
  dataAsOf: z.nullable(isoInstant),
})

function displayJson(record: WallDisplayRecord, now: number) {
  return {
    deviceId: record.deviceId,
    appVersion: record.appVersion,
    scene: record.scene,
    dataAsOf: record.dataAsOf === null ? null : toChinaIso(record.dataAsOf),
    lastSeenAt: toChinaIso(record.lastSeenAt),
    quiet: now - record.lastSeenAt > quietAfterSeconds * 1000,
  }
}

export function wallDisplayHandlers(context: ApiContext): RequestHandler[] {
  const { state } = context
  return [
    http.get(apiPath('/wall-displays'), ({ request, cookies }) => {
      const access = requirePermission(context, request, cookies, 'readAggregates')
      if (!access.ok) return access.response
      const query = parseQuery(request.url, {})
      if (!query.ok) return invalidParameters(query.errors, instanceOf(request))
      const now = state.now()
      const items = [...state.wallDisplays.values()]
        .sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0))
        .map((record) => displayJson(record, now))
      return jsonResponse(context, { asOf: toChinaIso(now), quietAfterSeconds, items })
    }),

    // The CSRF guard has already checked the session and the token. PUT is idempotent by itself:
    // the same report twice leaves the same record.
    http.put(apiPath('/wall-displays/:deviceId'), async ({ request, cookies, params }) => {
      const access = requirePermission(context, request, cookies, 'reportWallStatus')
      if (!access.ok) return access.response
      const instance = instanceOf(request)
      const deviceId = String(params.deviceId)
      if (!deviceIdPattern.test(deviceId)) {
        const message = 'must be 8 to 64 letters, digits, "-" or "_"'
        return invalidParameters([{ in: 'path', parameter: 'deviceId', code: 'format', message }], instance)
      }
      const body = await readJsonBody(request, reportSchema, instance, '{"appVersion", "scene", "dataAsOf"}')
      if (!body.ok) return body.response
      const now = state.now()
      const record: WallDisplayRecord = {
        deviceId,
        appVersion: body.data.appVersion,
        scene: body.data.scene,
        dataAsOf: body.data.dataAsOf === null ? null : parseIsoInstant(body.data.dataAsOf),
        lastSeenAt: now,
      }
      state.wallDisplays.set(deviceId, record)
      return jsonResponse(context, displayJson(record, now))
    }),
  ]
}
