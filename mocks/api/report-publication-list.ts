/**
 * `GET /reports/{reportType}`: the periods of one report type ending in a range, each with its
 * publication state (public/openapi.yaml), as the single report shows it. What 及时分析 counts.
 */
import { z } from 'zod/mini'
import { addDays, chinaDayOf, toChinaIso } from '../sim/china-time'
import type { ReportType } from '../sim/desk-records'
import { onTimeOf, periodsEnding, publicationDeadline, publicationOf } from '../sim/report-publications'
import type { ApiState } from './api-state'
import { chinaDayParam, parseQuery, periodRule } from './params'
import type { ParameterError } from './problem'
import { reportExists, reportStatusOf } from './report-content'

/** Days back from `to` when `from` is not given. */
const DEFAULT_SPAN_DAYS: Record<ReportType, number> = { daily: 30, monthly: 365, quarterly: 730 }
/** Longest range: about a quarter of daily reports, three years of the others (≤ 100 periods). */
export const MAX_SPAN_DAYS: Record<ReportType, number> = { daily: 92, monthly: 1096, quarterly: 1096 }

const shape = { from: z.optional(chinaDayParam), to: z.optional(chinaDayParam) }

export function publicationListOf(
  state: ApiState,
  type: ReportType,
  url: string,
): { ok: true; body: unknown } | { ok: false; errors: ParameterError[] } {
  const query = parseQuery(url, shape, (value) => {
    const rule = periodRule(MAX_SPAN_DAYS[type])
    const errors: ParameterError[] = []
    if ((value.from === undefined) !== (value.to === undefined)) {
      errors.push({
        in: 'query',
        parameter: value.from === undefined ? 'from' : 'to',
        code: 'combination',
        message: 'give from and to together',
      })
    }
    return errors.length > 0 ? errors : rule(value)
  })
  if (!query.ok) return query
  const { simulator, deskRecords } = state
  const now = simulator.now()
  const to = query.value.to ?? chinaDayOf(now)
  const from = query.value.from ?? addDays(to, -DEFAULT_SPAN_DAYS[type])
  const items = periodsEnding(type, from < '2004-01-01' ? '2004-01-01' : from, to)
    .filter((report) => reportExists(report, now))
    .reverse()
    .map((report) => {
      const publication = publicationOf(simulator.seed, report, simulator.timeLimits, deskRecords, now)
      const deadline = publicationDeadline(report, simulator.timeLimits)
      return {
        period: report.period,
        from: report.from,
        to: report.to,
        status: reportStatusOf(report, publication !== null, now),
        publicationDeadlineAt: toChinaIso(deadline),
        publishedAt: publication ? toChinaIso(publication.at) : null,
        publishedBy: publication?.by ?? null,
        onTime: onTimeOf(publication, deadline, now),
      }
    })
  return { ok: true, body: { asOf: toChinaIso(now), type, from, to, items } }
}
