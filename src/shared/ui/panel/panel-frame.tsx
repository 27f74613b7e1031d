import { useId, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { describeApiError } from '@/shared/api/describe-api-error'
import { defaultLocale, isLocale, type Locale } from '@/shared/i18n/locales'
import { chinaDay, formatChinaDateTime } from '@/shared/lib/format'
import { Button } from '@/shared/ui/button/button'
import styles from './panel-frame.module.css'

/**
 * What the frame needs to know about the panel's data. A TanStack Query `UseQueryResult`
 * fits as is (`query={useQuery(options)}`); anything else can build one.
 */
export interface PanelQuery<TData> {
  /** The last good data, kept by TanStack Query when a later refetch fails. */
  data: TData | undefined
  /** The last failure; shown only while `status` is `'error'`. */
  error: unknown
  /** `pending`: no data yet; `error`: the last fetch failed; `success`: the last fetch worked. */
  status: 'pending' | 'error' | 'success'
  /** A fetch (first load, poll or retry) is running. */
  isFetching: boolean
  /** When `data` arrived (ms since the epoch; 0 before the first success). */
  dataUpdatedAt: number
  /** When the last failure happened: tells whether stale data is from another day. */
  errorUpdatedAt?: number
  /** Fetches again; the Retry buttons call it. */
  refetch: () => unknown
}

const headingTags = { 2: 'h2', 3: 'h3', 4: 'h4' } as const

export interface PanelFrameProps<TData> {
  /** The panel's heading; also its accessible name. */
  title: string
  /** The heading level in the page's outline: panels sit under the page's h1 by default. */
  headingLevel?: 2 | 3 | 4
  /** Controls beside the title (a period switch, a link to details). */
  actions?: ReactNode
  query: PanelQuery<TData>
  /** Data that has nothing to show (no rows, all series empty) gets a message, not zeros. */
  isEmpty?: (data: TData) => boolean
  /** Replaces the default "no data in the selected range" message. */
  emptyMessage?: ReactNode
  /**
   * The loading placeholder, shaped like the content so that nothing below moves when the data
   * arrives; three grey bars by default.
   */
  skeleton?: ReactNode
  /**
   * A message that must outlive the rows, such as the outcome of an action a row offered: it
   * stays above the content when that action leaves nothing to show.
   */
  notice?: ReactNode
  /** Draws the data. Only called with data; an error it throws stays inside this panel. */
  children: (data: TData) => ReactNode
  className?: string
}

/**
 * The frame every data widget sits in. It owns the four states a widget has, so that no
 * widget has to remember them:
 * - loading: a skeleton, announced as "loading";
 * - error: what failed and a Retry button; when earlier data exists it stays on screen,
 *   marked stale with the time it is from (a dashboard should degrade, not go blank);
 * - empty: a sentence saying there is nothing, never a row of zeros;
 * - data: `children(data)`, inside an error boundary, so one broken widget cannot take the
 *   page down.
 */
export function PanelFrame<TData>({
  title,
  headingLevel = 2,
  actions,
  query,
  isEmpty,
  emptyMessage,
  skeleton,
  notice,
  children,
  className,
}: PanelFrameProps<TData>) {
  const { t, i18n } = useTranslation()
  const locale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const titleId = useId()
  const Heading = headingTags[headingLevel]
  const { data, status, isFetching, dataUpdatedAt } = query
  const hasData = data !== undefined
  const stale = hasData && status === 'error'

  const errorMessage =
    status === 'error' ? (
      <div role="alert" className={stale ? styles.staleError : styles.message}>
        <p className={styles.messageText}>
          <strong>{t('panel.error')}</strong> {describeApiError(query.error, t)}
        </p>
        <Button onClick={() => void query.refetch()}>{t('panel.retry')}</Button>
      </div>
    ) : null

  let body: ReactNode
  if (!hasData) {
    body = status === 'error' ? errorMessage : <PanelSkeleton label={t('panel.loading')} shape={skeleton} />
  } else {
    body = (
      <>
        {errorMessage}
        {notice}
        <ErrorBoundary
          // New data is a new chance: it clears a render error without a click.
          resetKeys={[dataUpdatedAt]}
          fallbackRender={({ resetErrorBoundary }) => (
            <div role="alert" className={styles.message}>
              <p className={styles.messageText}>{t('panel.renderError')}</p>
              <Button onClick={resetErrorBoundary}>{t('panel.retry')}</Button>
            </div>
          )}
        >
          <PanelContent
            data={data}
            render={children}
            isEmpty={isEmpty}
            empty={<p className={styles.empty}>{emptyMessage ?? t('panel.empty')}</p>}
          />
        </ErrorBoundary>
      </>
    )
  }

  return (
    <section
      role="region"
      aria-labelledby={titleId}
      // Busy only while there is nothing to show: marking a region busy on every background
      // poll would make some screen readers hold back figures that are on screen.
      aria-busy={!hasData && (isFetching || status === 'pending')}
      className={[styles.panel, className].filter(Boolean).join(' ')}
    >
      <header className={styles.header}>
        <Heading id={titleId} className={styles.title}>
          {title}
        </Heading>
        {stale ? (
          <span className={styles.staleBadge}>
            <span aria-hidden="true">⚠ </span>
            {t('panel.stale')} ·{' '}
            {t('panel.staleSince', {
              time: formatDataTime(dataUpdatedAt, query.errorUpdatedAt ?? dataUpdatedAt, locale),
            })}
          </span>
        ) : null}
        {actions ? <div className={styles.actions}>{actions}</div> : null}
      </header>
      <div className={styles.body}>{body}</div>
    </section>
  )
}

/**
 * When stale data is from, in China time: "14:03:05", or with the date when it is from another
 * China day than the failed refresh (`reference`), so a wall display left running overnight
 * does not pass yesterday's figures off as today's.
 */
function formatDataTime(instant: number, reference: number, locale: Locale): string {
  return formatChinaDateTime(
    instant,
    locale,
    chinaDay(instant) === chinaDay(reference) ? 'timeSeconds' : 'dateTime',
  )
}

interface PanelContentProps<TData> {
  data: TData
  render: (data: TData) => ReactNode
  isEmpty: ((data: TData) => boolean) | undefined
  empty: ReactNode
}

/**
 * Calls `isEmpty` and the render prop in a component of its own, inside the boundary. Called
 * in PanelFrame's render, a throw would happen above the boundary and escape it.
 */
function PanelContent<TData>({ data, render, isEmpty, empty }: PanelContentProps<TData>) {
  return isEmpty?.(data) ? empty : render(data)
}

function PanelSkeleton({ label, shape }: { label: string; shape: ReactNode }) {
  return (
    <div role="status" className={styles.loading}>
      <span className="visually-hidden">{label}</span>
      {shape === undefined ? (
        <div aria-hidden="true" className={styles.skeleton}>
          <span />
          <span />
          <span />
        </div>
      ) : (
        <div aria-hidden="true">{shape}</div>
      )}
    </div>
  )
}
