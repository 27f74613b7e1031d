import { useTranslation } from 'react-i18next'
import { useLocale } from '@/shared/i18n/use-locale'
import { formatCount } from '@/shared/lib/format'
import { Button } from '@/shared/ui/button/button'
import { maxBulkItems } from '../model/selection'
import styles from './bulk-remind.module.css'

interface BulkBarProps {
  count: number
  capped: boolean
  /** A run is under way (`done` of `total` answered), or has answered and waits to be seen. */
  run: { running: boolean; done: number; total: number } | null
  onOpen: () => void
  onClear: () => void
}

/**
 * The bar under the list while rows are chosen: how many, the bulk reminder, and a way to clear
 * the choice. Sticky at the bottom of the screen, so it stays at hand while the list scrolls (and
 * within a thumb's reach on a phone). Its count is a live region, always in the page, so that
 * each tick of a checkbox is heard.
 */
export function BulkBar({ count, capped, run, onOpen, onClear }: BulkBarProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const shown = count > 0 || run !== null
  const words = [
    count > 0 ? t('bulkRemind.selected', { count }) : null,
    run?.running
      ? t('bulkRemind.running', {
          done: formatCount(run.done, locale),
          total: formatCount(run.total, locale),
        })
      : null,
    capped ? t('bulkRemind.capped', { max: formatCount(maxBulkItems, locale) }) : null,
  ].filter((text) => text !== null)
  return (
    <div
      className={styles.bar}
      data-shown={shown}
      role={shown ? 'group' : undefined}
      aria-label={shown ? t('bulkRemind.bar') : undefined}
    >
      <p role="status" className={styles.barStatus}>
        {words.map((text) => (
          <span key={text}>{text}</span>
        ))}
      </p>
      {shown ? (
        <div className={styles.barButtons}>
          <Button variant="primary" onClick={onOpen} aria-haspopup="dialog">
            {run === null ? t('bulkRemind.open') : t('bulkRemind.viewResults')}
          </Button>
          <Button onClick={onClear} disabled={run?.running === true || count === 0}>
            {t('bulkRemind.clear')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
