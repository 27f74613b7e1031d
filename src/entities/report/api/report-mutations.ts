import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { kpiQueryKeys } from '@/entities/kpi/api/kpi-queries'
import type { ActionIntent } from '@/shared/api/action-intent'
import { actionErrorOf } from '@/shared/api/action-error'
import { sendAction } from '@/shared/api/send-action'
import { reportSchema } from '@/shared/api/validators.gen'
import { reportQueryKeys, type ReportPeriodCode, type ReportType } from './report-queries'

/** A publication moves the report, the type's publication record and the sixth timely rate. */
function refreshAfterPublish(client: QueryClient): Promise<void> {
  return Promise.all(
    [reportQueryKeys.all, kpiQueryKeys.all].map((queryKey) => client.invalidateQueries({ queryKey })),
  ).then(() => undefined)
}

/**
 * `POST /reports/{reportType}/{period}/publish`, directors only, with the intent's
 * Idempotency-Key: a double click or a retry after a lost answer publishes once. As with the other
 * actions, a success or a state conflict ends the intent and refreshes what the screen shows;
 * any other failure keeps it, so a retry reuses the key.
 */
export function publishReportMutationOptions(type: ReportType, period: ReportPeriodCode) {
  return mutationOptions({
    mutationKey: [...reportQueryKeys.report(type, period), 'publish'] as const,
    mutationFn: ({ intent }: { intent: ActionIntent }) =>
      sendAction(`/reports/${encodeURIComponent(type)}/${encodeURIComponent(period)}/publish`, {
        method: 'POST',
        intent,
        schema: reportSchema,
      }),
    onSuccess: (data, { intent }, _result, { client }) => {
      intent.reset()
      client.setQueryData(reportQueryKeys.report(type, period), data)
      void refreshAfterPublish(client)
    },
    onError: (error, { intent }, _result, { client }) => {
      const { failure } = actionErrorOf(error)
      if (failure === 'idempotency' || failure === 'conflict') intent.reset()
      if (failure === 'conflict' || failure === 'notFound') return refreshAfterPublish(client)
      return undefined
    },
  })
}
