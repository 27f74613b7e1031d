import { http, type RequestHandler } from 'msw'
import { z } from 'zod/mini'
import { alertStateOf, raisedAlerts, type AlertStatus, type AlertType, type RaisedAlert } from '../sim/alerts'
import { MS_PER_DAY, chinaDayOf, parseIsoInstant, toChinaIso } from '../sim/china-time'
import { PLAN_CODES, type DeskRecords } from '../sim/desk-records'
import { CATEGORY_CODES, DISTRICT_CODES, UNIT_CODES, type UnitCode } from '../sim/domain-codes'
import { alertSummaryJson } from './alert-summary'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requirePermission } from './permission'
import { idempotent } from './idempotency'
import { readJsonBody } from './json-body'
import { paginate } from './pagination'
import { chinaDayParam, cursorParam, enumParam, limitParam, parseQuery, periodRule } from './params'
import { instanceOf, invalidParameters, problem } from './problem'
import type { Authenticated } from './session'

const ALERT_TYPES = ['yellowCard', 'redCard', 'spike'] as const satisfies readonly AlertType[]
const ALERT_STATUSES = [
  'open',
  'acknowledged',
  'planActivated',
  'cleared',
  'resolved',
] as const satisfies readonly AlertStatus[]
/** The states of an alert still being handled (the contract's `active=true`). */
const ACTIVE_STATUSES: ReadonlySet<AlertStatus> = new Set(['open', 'acknowledged', 'planActivated'])
const MAX_PERIOD_DAYS = 1096
/** The contract's cap on the item ids an alert lists. */
const MAX_ALERT_ITEMS = 500

const listShape = {
  status: z.optional(enumParam(ALERT_STATUSES)),
  active: z.optional(enumParam(['true', 'false'])),
  type: z.optional(enumParam(ALERT_TYPES)),
  from: z.optional(chinaDayParam),
  to: z.optional(chinaDayParam),
  district: z.optional(enumParam(DISTRICT_CODES)),
  category: z.optional(enumParam(CATEGORY_CODES)),
  unit: z.optional(enumParam(UNIT_CODES)),
  limit: z.optional(limitParam),
  cursor: z.optional(cursorParam),
}

const decisionNoteSchema = z.strictObject({ note: z.optional(z.string().check(z.maxLength(1000))) })
const planActivationSchema = z.strictObject({
  plan: z.enum(PLAN_CODES),
  lead: z.string().check(
    z.minLength(1),
    z.maxLength(50),
    z.refine((text) => text.trim() !== ''),
  ),
  startsAt: z.optional(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
      z.refine((text) => !Number.isNaN(parseIsoInstant(text))),
    ),
  ),
  note: z.optional(z.string().check(z.maxLength(1000))),
})
const resolutionSchema = z.strictObject({
  note: z.string().check(
    z.minLength(1),
    z.maxLength(1000),
    z.refine((text) => text.trim() !== ''),
  ),
})
/** How far ahead a plan may be set to start (the contract's 30 days). */
const MAX_PLAN_LEAD_MS = 30 * MS_PER_DAY

const isoOrNull = (at: number | null) => (at === null ? null : toChinaIso(at))

/** The contract's `Alert`. Free text (notes, a lead's name) stays text; nothing here is markup. */
export function alertJson(alert: RaisedAlert, records: DeskRecords) {
  const state = alertStateOf(alert, records)
  return {
    id: alert.id,
    type: alert.type,
    status: state.status,
    raisedAt: toChinaIso(alert.raisedAt),
    workOrderIds: alert.items.slice(0, MAX_ALERT_ITEMS).map((item) => item.orderId),
    itemCount: alert.spike === null ? alert.items.length : alert.spike.count,
    unit: alert.unit,
    deadlineAt: isoOrNull(alert.deadlineAt),
    spike: alert.spike === null ? null : { ...alert.spike },
    acknowledgedAt: isoOrNull(state.acknowledgedAt),
    acknowledgedBy: state.acknowledgedBy,
    plan:
      state.plan === null
        ? null
        : {
            code: state.plan.code,
            activatedAt: toChinaIso(state.plan.activatedAt),
            activatedBy: state.plan.activatedBy,
            lead: state.plan.lead,
            startsAt: toChinaIso(state.plan.startsAt),
            note: state.plan.note,
          },
    resolvedAt: isoOrNull(state.resolvedAt),
    resolvedBy: state.resolvedBy,
    resolution: state.resolution,
    history: state.history.map((event) => ({ ...event, at: toChinaIso(event.at) })),
  }
}

/**
 * Staff see the cards of their own unit and every spike (spikes are aggregates). A user of no
 * unit without `readAllUnits` is the wall: city-wide, reading summaries only.
 */
export function visibleTo(alert: RaisedAlert, auth: Authenticated): boolean {
  if (auth.user.permissions.includes('readAllUnits') || auth.user.unit === null) return true
  return alert.type === 'spike' || alert.unit === auth.user.unit
}

const alertIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

export function findAlert(
  context: ApiContext,
  request: Request,
  id: unknown,
): { ok: true; alert: RaisedAlert } | { ok: false; response: Response } {
  const instance = instanceOf(request)
  if (typeof id !== 'string' || !alertIdPattern.test(id)) {
    const message = 'must be an alert id (letters, digits, - and _; at most 64)'
    return {
      ok: false,
      response: invalidParameters([{ in: 'path', parameter: 'id', code: 'format', message }], instance),
    }
  }
  const alert = raisedAlerts(context.state.simulator).find((a) => a.id === id)
  if (!alert) return { ok: false, response: problem('not-found', { detail: `No alert ${id}`, instance }) }
  return { ok: true, alert }
}

interface AlertActionInput {
  request: Request
  instance: string
  alert: RaisedAlert
  auth: Authenticated
  records: DeskRecords
}

/**
 * `POST /alerts/{id}/<action>`: a director's step in an alert's life. What every step shares
 * (the permission, no query, the alert of the path, a required Idempotency-Key) is here; `act`
 * checks the step is allowed now and records it. The CSRF guard has already checked the session
 * and the token.
 */
function alertAction(
  context: ApiContext,
  action: 'acknowledge' | 'activate-plan' | 'resolve',
  act: (input: AlertActionInput) => Promise<Response>,
): RequestHandler {
  return http.post(
    apiPath(`/alerts/:id/${action}`),
    idempotent(
      context,
      async ({ request, cookies, params }) => {
        const access = requirePermission(context, request, cookies, 'manageAlerts')
        if (!access.ok) return access.response
        const instance = instanceOf(request)
        const query = parseQuery(request.url, {})
        if (!query.ok) return invalidParameters(query.errors, instance)
        const found = findAlert(context, request, params.id)
        if (!found.ok) return found.response
        return act({
          request,
          instance,
          alert: found.alert,
          auth: access.auth,
          records: context.state.deskRecords,
        })
      },
      { required: true },
    ),
  )
}

/** An optional JSON body: none at all is fine, anything sent must be a DecisionNote. */
async function optionalNote(request: Request, instance: string) {
  const text = await request.clone().text()
  if (text === '' && request.headers.get('Content-Type') === null) return { ok: true as const, note: '' }
  const body = await readJsonBody(request, decisionNoteSchema, instance, '{"note"}')
  return body.ok ? { ok: true as const, note: body.data.note ?? '' } : body
}

/**
 * `GET /alerts` and `GET /alert-summaries`: the same alerts, filters, visibility and paging; only
 * the permission and the shape of each item differ.
 */
function listAlerts(
  context: ApiContext,
  request: Request,
  cookies: Record<string, string>,
  permission: 'readWorkOrders' | 'readAlertSummaries',
  toJson: (alert: RaisedAlert, records: DeskRecords) => object,
): Response {
  const access = requirePermission(context, request, cookies, permission)
  if (!access.ok) return access.response
  const instance = instanceOf(request)
  const parsed = parseQuery(request.url, listShape, periodRule(MAX_PERIOD_DAYS))
  if (!parsed.ok) return invalidParameters(parsed.errors, instance)
  const query = parsed.value
  const { auth } = access
  const ownUnit = auth.user.permissions.includes('readAllUnits') ? null : (auth.user.unit as UnitCode | null)
  if (ownUnit !== null && query.unit !== undefined && query.unit !== ownUnit) {
    return problem('forbidden', {
      detail: `Staff of ${ownUnit} may see their own unit's alerts only`,
      requiredPermission: 'readAllUnits',
      instance,
    })
  }
  const simulator = context.state.simulator
  const records = context.state.deskRecords
  const alerts = raisedAlerts(simulator).filter((alert) => {
    if (!visibleTo(alert, auth)) return false
    if (query.type !== undefined && alert.type !== query.type) return false
    if (query.status !== undefined || query.active !== undefined) {
      const { status } = alertStateOf(alert, records)
      if (query.status !== undefined && status !== query.status) return false
      if (query.active !== undefined && ACTIVE_STATUSES.has(status) !== (query.active === 'true'))
        return false
    }
    const day = chinaDayOf(alert.raisedAt)
    if (query.from !== undefined && day < query.from) return false
    if (query.to !== undefined && day > query.to) return false
    if (query.district !== undefined && alert.district !== query.district) return false
    if (query.unit !== undefined && alert.unit !== query.unit) return false
    if (query.category !== undefined) {
      const category = query.category
      const matches =
        alert.spike !== null
          ? alert.spike.category === category
          : alert.items.some((item) => item.category === category)
      if (!matches) return false
    }
    return true
  })
  const { cursor, limit, ...rest } = query
  const scope = JSON.stringify({ ...rest, ownUnit })
  const page = paginate(alerts, { limit: limit ?? 100, cursor, scope })
  if (!page.ok) {
    return invalidParameters(
      [{ in: 'query', parameter: 'cursor', code: 'format', message: page.message }],
      instance,
    )
  }
  return jsonResponse(context, {
    asOf: toChinaIso(simulator.now()),
    items: page.page.items.map((alert) => toJson(alert, records)),
    nextCursor: page.page.nextCursor,
    total: page.page.total,
  })
}

export function alertHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/alerts'), ({ request, cookies }) =>
      listAlerts(context, request, cookies, 'readWorkOrders', (alert, records) => alertJson(alert, records)),
    ),
    // The wall's view: the same alerts, with nothing that identifies anyone (alert-summary.ts).
    http.get(apiPath('/alert-summaries'), ({ request, cookies }) =>
      listAlerts(context, request, cookies, 'readAlertSummaries', (alert, records) =>
        alertSummaryJson(alert, records, context.state.simulator),
      ),
    ),

    alertAction(context, 'acknowledge', async ({ request, instance, alert, auth, records }) => {
      const body = await optionalNote(request, instance)
      if (!body.ok) return body.response
      const { status } = alertStateOf(alert, records)
      if (status !== 'open')
        return problem('state-conflict', { detail: `Alert ${alert.id} is ${status}`, instance })
      records.acknowledge(alert.id, {
        at: context.state.simulator.now(),
        by: auth.user.name,
        note: body.note,
      })
      return jsonResponse(context, alertJson(alert, records))
    }),
    alertAction(context, 'activate-plan', async ({ request, instance, alert, auth, records }) => {
      const body = await readJsonBody(
        request,
        planActivationSchema,
        instance,
        '{"plan", "lead", "startsAt", "note"}',
      )
      if (!body.ok) return body.response
      const { status } = alertStateOf(alert, records)
      if (status !== 'open' && status !== 'acknowledged') {
        return problem('state-conflict', { detail: `Alert ${alert.id} is ${status}`, instance })
      }
      const now = context.state.simulator.now()
      const startsAt = body.data.startsAt === undefined ? now : parseIsoInstant(body.data.startsAt)
      if (startsAt > now + MAX_PLAN_LEAD_MS || startsAt < alert.raisedAt) {
        const message = `must be between the alert's raising (${toChinaIso(alert.raisedAt)}) and 30 days from now`
        return problem('rule-violation', {
          detail: `The plan cannot start at ${body.data.startsAt ?? ''}`,
          errors: [{ in: 'body', parameter: '/startsAt', code: 'range', message }],
          instance,
        })
      }
      records.activatePlan(alert.id, {
        code: body.data.plan,
        at: now,
        by: auth.user.name,
        lead: body.data.lead.trim(),
        startsAt,
        note: body.data.note ?? '',
      })
      return jsonResponse(context, alertJson(alert, records))
    }),
    alertAction(context, 'resolve', async ({ request, instance, alert, auth, records }) => {
      const body = await readJsonBody(request, resolutionSchema, instance, '{"note"}')
      if (!body.ok) return body.response
      const { status } = alertStateOf(alert, records)
      // Someone must have taken an open alert on before it can be closed; resolved is final.
      if (status === 'open' || status === 'resolved') {
        return problem('state-conflict', { detail: `Alert ${alert.id} is ${status}`, instance })
      }
      records.resolve(alert.id, {
        at: context.state.simulator.now(),
        by: auth.user.name,
        note: body.data.note,
      })
      return jsonResponse(context, alertJson(alert, records))
    }),
  ]
}
