import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CodeFailed } from '@/shared/ui/code-loading/code-failed'
import { useCode } from '@/shared/ui/code-loading/use-code'
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

/**
 * A panel whose code loads apart from the page's: below the fold it neither asks the API nor
 * loads the chart library while the figures on screen are still arriving, so they paint first,
 * on a phone above all. A load that fails (the network is down) stays inside the panel with a
 * retry, and retries by itself when the browser is back online (see use-code.ts): never a reload
 * by itself, which would blank the screen while the server is unreachable. Without
 * IntersectionObserver (old browsers, jsdom), it loads at once.
 */
export function Deferred<T>({ load, children, minHeight, whenVisible = false, className }: DeferredProps<T>) {
  const { t } = useTranslation()
  const [visible, setVisible] = useState(() => !whenVisible || typeof IntersectionObserver === 'undefined')
  const { state, retry } = useCode(load, visible)
  const holder = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = holder.current
    if (visible || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true)
      },
      { rootMargin: '50% 0px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [visible])

  if (visible && state.status === 'loaded') return <div className={className}>{children(state.value)}</div>
  return (
    <div
      ref={holder}
      className={[styles.placeholder, className].filter(Boolean).join(' ')}
      style={{ minHeight }}
    >
      {state.status === 'failed' || state.status === 'needsReload' ? (
        <CodeFailed
          needsReload={state.status === 'needsReload'}
          message={t('panel.codeFailed')}
          retry={retry}
        />
      ) : null}
    </div>
  )
}
