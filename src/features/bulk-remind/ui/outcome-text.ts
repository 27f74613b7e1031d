import type { TFunction } from 'i18next'
import { actionErrorOf, describeActionError, type RefusedField } from '@/shared/api/action-error'
import type { ItemOutcome } from '../model/bulk-run'

/** Failures said in a few words of this action (one line per item); others as every action says them. */
const shortReasons = ['conflict', 'forbidden', 'notFound', 'network', 'server', 'rateLimited'] as const
type ShortReason = (typeof shortReasons)[number]
const isShort = (failure: string): failure is ShortReason =>
  (shortReasons as readonly string[]).includes(failure)

const fieldMessage = (t: TFunction) => (field: RefusedField) =>
  field.parameter === '/note'
    ? t('supervisionActions.fields.note')
    : field.parameter === '/method'
      ? t('supervisionActions.fields.method')
      : undefined

/** Why an item was not reminded, in words. */
export function reasonText(error: unknown, t: TFunction): string {
  const { failure } = actionErrorOf(error)
  return isShort(failure) ? t(`bulkRemind.reason.${failure}`) : describeActionError(error, t, fieldMessage(t))
}

/** Where one item stands, in words: "已催办", "未催办：工单已办结，无需催办。" */
export function outcomeText(outcome: ItemOutcome, t: TFunction): string {
  switch (outcome.kind) {
    case 'refused':
    case 'failed':
      return t(`bulkRemind.outcome.${outcome.kind}`, { reason: reasonText(outcome.error, t) })
    default:
      return t(`bulkRemind.outcome.${outcome.kind}`)
  }
}
