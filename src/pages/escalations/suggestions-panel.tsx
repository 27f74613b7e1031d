import { useInfiniteQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useWorkingCalendar } from '@/entities/calendar/model/use-working-calendar'
import { supervisionSuggestionsQueryOptions } from '@/entities/escalation/api/suggestion-queries'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { useNow } from '@/shared/lib/use-now'
import { usePolling } from '@/shared/preferences/use-polling'
import { Button } from '@/shared/ui/button/button'
import { PanelFrame } from '@/shared/ui/panel/panel-frame'
import { SuggestionRow } from './suggestion-row'
import { useDoneNotice } from './use-done-notice'
import styles from './escalations.module.css'

/** A handful at first: the list is read from the top, the most pressing first. */
const pageSize = 10

/**
 * "Suggested for supervision": overdue and at-risk items nobody supervises yet, as the API ranks
 * them (how late, then how often reminded), each with supervise and remind at hand. For directors.
 */
export function SuggestionsPanel() {
  const { t } = useTranslation()
  const locale = useLocale()
  const now = useNow(60_000)
  const calendar = useWorkingCalendar(now)
  const { notice, onDone } = useDoneNotice()
  const query = useInfiniteQuery({
    ...supervisionSuggestionsQueryOptions({ limit: pageSize }),
    ...usePolling(),
  })
  const { fetchNextPage, hasNextPage, isFetchingNextPage } = query
  return (
    <PanelFrame
      title={t('escalations.suggestions.heading')}
      query={{
        data: query.data,
        error: query.error,
        status: query.status,
        isFetching: query.isFetching,
        dataUpdatedAt: query.dataUpdatedAt,
        errorUpdatedAt: query.errorUpdatedAt,
        refetch: query.refetch,
      }}
      isEmpty={(data) => (data.pages[0]?.total ?? 0) === 0}
      emptyMessage={t('escalations.suggestions.empty')}
      notice={notice}
    >
      {(data) => {
        const total = data.pages[0]?.total ?? 0
        const items = data.pages.flatMap((page) => page.items)
        return (
          <>
            <p className={styles.muted}>
              {t('escalations.suggestions.explain', { count: formatCount(total, locale) })}
            </p>
            <ol className={styles.rows}>
              {items.map((suggestion, index) => (
                <SuggestionRow
                  key={suggestion.workOrder.id}
                  suggestion={suggestion}
                  rank={index + 1}
                  now={now}
                  calendar={calendar}
                  onDone={onDone}
                />
              ))}
            </ol>
            {hasNextPage ? (
              <div className={styles.more}>
                <Button onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
                  {isFetchingNextPage
                    ? t('escalations.suggestions.loadingMore')
                    : t('escalations.suggestions.more', {
                        count: formatCount(total - items.length, locale),
                      })}
                </Button>
              </div>
            ) : null}
          </>
        )
      }}
    </PanelFrame>
  )
}
