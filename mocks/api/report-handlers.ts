import { http, type RequestHandler } from 'msw'
import { REPORT_TYPES, type ReportType } from '../sim/desk-records'
import { publicationOf, reportPeriodOf, type ReportPeriod } from '../sim/report-publications'
import { buildReport, reportExists, reportStatusOf } from './report-content'
import { publicationListOf } from './report-publication-list'
import { requireAggregates } from './aggregate-access'
import { apiPath, jsonResponse, type ApiContext } from './api-context'
import { requirePermission } from './permission'
import { idempotent } from './idempotency'
import { parseQuery } from './params'
import { instanceOf, invalidParameters, problem, type ParameterError } from './problem'

const isReportType = (value: unknown): value is ReportType =>
  typeof value === 'string' && (REPORT_TYPES as readonly string[]).includes(value)

const PERIOD_FORMS: Record<ReportType, string> = {
  daily: 'YYYY-MM-DD',
  monthly: 'YYYY-MM',
  quarterly: 'YYYY-Qn',
}

/** The report of the path: 400 naming a bad type or period, 404 for a period not started yet. */
function reportOfPath(
  context: ApiContext,
  request: Request,
  params: Record<string, unknown>,
): { ok: true; report: ReportPeriod } | { ok: false; response: Response } {
  const instance = instanceOf(request)
  const { reportType, period } = params
  const errors: ParameterError[] = []
  const query = parseQuery(request.url, {})
  if (!query.ok) errors.push(...query.errors)
  if (!isReportType(reportType)) {
    errors.push({
      in: 'path',
      parameter: 'reportType',
      code: 'enum',
      message: `must be one of: ${REPORT_TYPES.join(', ')}`,
    })
  }
  const report =
    isReportType(reportType) && typeof period === 'string' ? reportPeriodOf(reportType, period) : null
  if (isReportType(reportType) && report === null) {
    errors.push({
      in: 'path',
      parameter: 'period',
      code: 'format',
      message: `must be a real ${reportType} period written ${PERIOD_FORMS[reportType]}`,
    })
  }
  if (errors.length > 0 || report === null)
    return { ok: false, response: invalidParameters(errors, instance) }
  // The calendar (and so every deadline) is known from 2004 on.
  if (!reportExists(report, context.state.simulator.now()) || report.from < '2004-01-01') {
    return {
      ok: false,
      response: problem('not-found', {
        detail: `The ${report.type} period ${report.period} has no report`,
        instance,
      }),
    }
  }
  return { ok: true, report }
}

export function reportHandlers(context: ApiContext): RequestHandler[] {
  return [
    http.get(apiPath('/reports/:reportType'), ({ request, cookies, params }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const { reportType } = params
      if (!isReportType(reportType)) {
        return invalidParameters(
          [
            {
              in: 'path',
              parameter: 'reportType',
              code: 'enum',
              message: `must be one of: ${REPORT_TYPES.join(', ')}`,
            },
          ],
          instanceOf(request),
        )
      }
      const list = publicationListOf(context.state, reportType, request.url)
      return list.ok ? jsonResponse(context, list.body) : invalidParameters(list.errors, instanceOf(request))
    }),

    http.get(apiPath('/reports/:reportType/:period'), ({ request, cookies, params }) => {
      const access = requireAggregates(context, request, cookies)
      if (!access.ok) return access.response
      const found = reportOfPath(context, request, params)
      if (!found.ok) return found.response
      const { simulator, deskRecords } = context.state
      return jsonResponse(
        context,
        buildReport(simulator, deskRecords, found.report, { forWall: access.auth.user.role === 'wall' }),
      )
    }),

    // The CSRF guard has already checked the session and the token.
    http.post(
      apiPath('/reports/:reportType/:period/publish'),
      idempotent(
        context,
        ({ request, cookies, params }) => {
          const access = requirePermission(context, request, cookies, 'publishReports')
          if (!access.ok) return access.response
          const instance = instanceOf(request)
          const found = reportOfPath(context, request, params)
          if (!found.ok) return found.response
          const { simulator, deskRecords } = context.state
          const now = simulator.now()
          const published = publicationOf(
            simulator.seed,
            found.report,
            simulator.timeLimits,
            deskRecords,
            now,
          )
          const status = reportStatusOf(found.report, published !== null, now)
          if (status !== 'draft') {
            const why = status === 'open' ? 'its period is not over' : 'it is already published'
            return problem('state-conflict', {
              detail: `The ${found.report.type} report ${found.report.period} cannot be published: ${why}`,
              instance,
            })
          }
          deskRecords.publish({
            type: found.report.type,
            period: found.report.period,
            at: now,
            by: access.auth.user.name,
          })
          return jsonResponse(context, buildReport(simulator, deskRecords, found.report))
        },
        { required: true },
      ),
    ),
  ]
}
