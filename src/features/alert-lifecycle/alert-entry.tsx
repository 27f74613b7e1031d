import { Link } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Alert } from '@/entities/alert/api/alert-mutations'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatChinaDateTime, formatCount } from '@/shared/lib/format'
import { AlertActions } from './alert-actions'
import { AlertHistory } from './alert-history'
import { alertCount, alertWhat } from './alert-text'
import { StepIndicator } from './step-indicator'
import styles from './alert-lifecycle.module.css'

/** A symbol per kind, beside its name: the kind never rests on colour alone. */
const kindSymbols: Record<Alert['type'], string> = { yellowCard: '▲', redCard: '■', spike: '↑' }

/** The element id an alert's entry has, for links to it (`/hotspots#alert-<id>`). */
export const alertAnchor = (id: string) => `alert-${id}`

interface AlertEntryProps {
  alert: Alert
  unitNames: ReadonlyMap<string, string>
  mayManage: boolean
  /** The entry a link pointed at: scrolled to and focused once shown. */
  targeted: boolean
}

/**
 * One alert: its kind, what it is about, its count, when it was raised, where it stands, its
 * plan, who did what, the way to its work orders and, for a director, the next steps. After a
 * step is done the entry's heading takes focus (the buttons that were pressed may be gone) and
 * a status line says what happened.
 */
export function AlertEntry({ alert, unitNames, mayManage, targeted }: AlertEntryProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const heading = useRef<HTMLHeadingElement>(null)
  const [message, setMessage] = useState('')
  const headingId = `${alertAnchor(alert.id)}-title`

  useEffect(() => {
    if (!targeted) return
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
  }, [targeted])

  const done = (text: string) => {
    setMessage(text)
    requestAnimationFrame(() => heading.current?.focus())
  }
  const { plan } = alert
  return (
    <li className={styles.entry} data-type={alert.type} id={alertAnchor(alert.id)}>
      <article aria-labelledby={headingId}>
        <header className={styles.entryHead}>
          <p className={styles.kind}>
            <span aria-hidden="true">{kindSymbols[alert.type]} </span>
            {t(`alertLifecycle.kind.${alert.type}`)}
          </p>
          <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.what}>
            {alertWhat(alert, t, unitNames)}
          </h3>
          <p className={styles.status} data-status={alert.status}>
            {t(`alertLifecycle.status.${alert.status}`)}
          </p>
        </header>
        <p className={styles.facts}>
          <span>{alertCount(alert, t, locale)}</span>
          <time dateTime={alert.raisedAt}>
            {t('alertLifecycle.raisedAt', { time: formatChinaDateTime(alert.raisedAt, locale) })}
          </time>
        </p>
        <StepIndicator facts={alert} />
        {plan ? (
          <p className={styles.plan}>
            {t('alertLifecycle.plan.summary', {
              plan: t(`alertLifecycle.plan.code.${plan.code}`),
              lead: plan.lead,
              start: formatChinaDateTime(plan.startsAt, locale),
            })}
          </p>
        ) : null}
        <details className={styles.historyBox} open={alert.history.length > 1}>
          <summary>{t('alertLifecycle.history.title')}</summary>
          <AlertHistory history={alert.history} />
        </details>
        <p className={styles.link}>
          <Link to="/work-orders" search={{ alert: alert.id }}>
            {t('alertLifecycle.workOrders', {
              count: alert.itemCount,
              n: formatCount(alert.itemCount, locale),
            })}
          </Link>
        </p>
        {mayManage ? <AlertActions alert={alert} onDone={done} /> : null}
        <p role="status" className={styles.done}>
          {message}
        </p>
      </article>
    </li>
  )
}
