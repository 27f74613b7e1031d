import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '@/shared/ui/button/button'
import styles from './deferred.module.css'

export interface DeferredProps<T> {
  /**
   * Loads what the content needs, typically a panel's code: `() => import('…').then((m) => m.Panel)`.
   * Keep it stable (a module-level function): a new function loads again.
   */
  load: () => Promise<T>
  children: (loaded: T) => ReactNode
  /** The space held until the content renders, so nothing jumps when it does (CSS length). */
  minHeight: string
  /** Wait until the place comes near the viewport (half a screen ahead) before loading. */
  whenVisible?: boolean
  className?: string
}

type State<T> = { status: 'waiting' | 'loading' } | { status: 'loaded'; value: T } | { status: 'failed' }

/**
 * A panel whose code loads apart from the page's: below the fold it neither asks the API nor
 * loads the chart library while the figures on screen are still arriving, so they paint first,
 * on a phone above all. A load that fails (the network is down) stays inside the panel with a
 * retry, and retries by itself when the browser is back online: never a page reload, which
 * would blank the screen while the server is unreachable. Without IntersectionObserver (old
 * browsers, jsdom), it loads at once.
 */
export function Deferred<T>({ load, children, minHeight, whenVisible = false, className }: DeferredProps<T>) {
  const { t } = useTranslation()
  const [state, setState] = useState<State<T>>(() => ({
    status: whenVisible && typeof IntersectionObserver !== 'undefined' ? 'waiting' : 'loading',
  }))
  const [attempt, setAttempt] = useState(0)
  const holder = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = holder.current
    if (state.status !== 'waiting' || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setState({ status: 'loading' })
      },
      { rootMargin: '50% 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [state.status])

  useEffect(() => {
    if (state.status !== 'loading') return
    let current = true
    load().then(
      (value) => current && setState({ status: 'loaded', value }),
      () => current && setState({ status: 'failed' }),
    )
    return () => {
      current = false
    }
  }, [state.status, attempt, load])

  useEffect(() => {
    if (state.status !== 'failed') return
    const retry = () => {
      setState({ status: 'loading' })
      setAttempt((n) => n + 1)
    }
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [state.status])

  if (state.status === 'loaded') return <div className={className}>{children(state.value)}</div>
  return (
    <div
      ref={holder}
      className={[styles.placeholder, className].filter(Boolean).join(' ')}
      style={{ minHeight }}
    >
      {state.status === 'failed' ? (
        <div role="alert" className={styles.failed}>
          <p>{t('panel.codeFailed')}</p>
          <Button
            onClick={() => {
              setState({ status: 'loading' })
              setAttempt((n) => n + 1)
            }}
          >
            {t('panel.retry')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
