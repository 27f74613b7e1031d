import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  extensionRequestsInfiniteQueryOptions,
  returnedTicketsInfiniteQueryOptions,
} from '@/entities/decision/api/decision-queries'
import type { ExtensionRequest, ReturnedTicket } from '@/entities/decision/api/decision-mutations'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime, formatCount, formatDeadline } from '@/shared/lib/format'
import { usePolling } from '@/shared/preferences/use-polling'
import { Button } from '@/shared/ui/button/button'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { DecisionItem } from './decision-item'
import type { Verdict } from './decision-form'
import styles from './approvals.module.css'

/** What awaits a decision, newest first as the API lists it. */
export const pendingOnly = { status: 'pending', limit: 50 } as const

interface QueueProps {
  unitNames: ReadonlyMap<string, string>
}

interface QueuePage<T> {
  items: T[]
  total: number
}

interface QueuePanelProps<T> {
  title: string
  emptyMessage: string
  query: UseInfiniteQueryResult<InfiniteData<QueuePage<T>>>
  /** One item; `onDecided` says the decision aloud once it is taken. */
  renderItem: (item: T, onDecided: (verdict: Verdict) => void) => ReactNode
}

/**
 * A queue in its panel: the pages the API sent, flattened; how many wait; the last decision said
 * beside the title (where it stays when the decision empties the queue); more on request.
 */
function QueuePanel<T extends { id: string; workOrderId: string }>({
  title,
  emptyMessage,
  query,
  renderItem,
}: QueuePanelProps<T>) {
  const { t } = useTranslation()
  const locale = useLocale()
  const [said, setSaid] = useState('')
  const queue = {
    ...query,
    data: query.data && {
      items: query.data.pages.flatMap((page) => page.items),
      total: query.data.pages[0]?.total ?? 0,
    },
  }
  return (
    <PanelFrame
      title={title}
      query={queue}
      isEmpty={(data) => data.items.length === 0}
      emptyMessage={emptyMessage}
      actions={<Said text={said} />}
    >
      {(data) => (
        <div className={styles.queue}>
          <p className={styles.total}>
            {t('approvals.navCount', { count: data.total, formatted: formatCount(data.total, locale) })}
          </p>
          {data.items.map((item) =>
            renderItem(item, (verdict) =>
              setSaid(
                t(verdict === 'approve' ? 'approvals.approved' : 'approvals.rejected', {
                  id: item.workOrderId,
                }),
              ),
            ),
          )}
          <MoreButton query={query} />
        </div>
      )}
    </PanelFrame>
  )
}

export function ExtensionQueue({ unitNames }: QueueProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const query = useInfiniteQuery({ ...extensionRequestsInfiniteQueryOptions(pendingOnly), ...usePolling() })
  return (
    <QueuePanel<ExtensionRequest>
      title={t('approvals.extensions.title')}
      emptyMessage={t('approvals.extensions.empty')}
      query={query}
      renderItem={(request, onDecided) => (
        <DecisionItem
          key={request.id}
          queue="extension-requests"
          id={request.id}
          workOrderId={request.workOrderId}
          kindName={t(`codes.kind.${request.kind}`)}
          byline={t('approvals.extensions.requested', {
            unit: unitNames.get(request.unit) ?? request.unit,
            time: formatChinaDateTime(request.requestedAt, locale),
          })}
          unitNames={unitNames}
          onDecided={onDecided}
          facts={
            <>
              <Fact term={t('approvals.extensions.stage')}>{t(`codes.stage.${request.stage}`)}</Fact>
              <Fact term={t('approvals.extensions.deadlineNow')}>
                {formatDeadline(request.deadlineAt, locale)}
              </Fact>
              <Fact term={t('approvals.extensions.deadlineIfApproved')}>
                {formatDeadline(request.deadlineIfApproved, locale)} (
                {t('approvals.extensions.extra', { count: request.extraWorkingDays })})
              </Fact>
              <Fact term={t('approvals.reason')}>{request.reason}</Fact>
            </>
          }
        />
      )}
    />
  )
}

export function ReturnQueue({ unitNames }: QueueProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const query = useInfiniteQuery({ ...returnedTicketsInfiniteQueryOptions(pendingOnly), ...usePolling() })
  return (
    <QueuePanel<ReturnedTicket>
      title={t('approvals.returns.title')}
      emptyMessage={t('approvals.returns.empty')}
      query={query}
      renderItem={(ticket, onDecided) => (
        <DecisionItem
          key={ticket.id}
          queue="returned-tickets"
          id={ticket.id}
          workOrderId={ticket.workOrderId}
          kindName={t(`codes.kind.${ticket.kind}`)}
          byline={t('approvals.returns.returned', {
            unit: unitNames.get(ticket.fromUnit) ?? ticket.fromUnit,
            time: formatChinaDateTime(ticket.returnedAt, locale),
          })}
          returningUnit={ticket.fromUnit}
          unitNames={unitNames}
          onDecided={onDecided}
          facts={
            <>
              <Fact term={t('approvals.reason')}>{ticket.reason}</Fact>
              <Fact term={t('approvals.returns.limit')}>
                {ticket.onTime
                  ? t('approvals.returns.onTime')
                  : t('approvals.returns.late', {
                      deadline: formatDeadline(ticket.returnDeadlineAt, locale),
                    })}
              </Fact>
            </>
          }
        />
      )}
    />
  )
}

function Said({ text }: { text: string }) {
  return (
    <p role="status" className={styles.said}>
      {text}
    </p>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function MoreButton({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }
}) {
  const { t } = useTranslation()
  if (!query.hasNextPage) return null
  return (
    <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
      {t('approvals.more')}
    </Button>
  )
}
