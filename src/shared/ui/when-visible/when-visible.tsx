import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react'
import styles from './when-visible.module.css'

export interface WhenVisibleProps {
  children: ReactNode
  /** The space held before the content renders, so nothing jumps when it does (CSS length). */
  minHeight: string
  className?: string
}

/**
 * Renders its content once it comes near the viewport (half a screen ahead). A panel below the
 * fold then neither asks the API nor loads the chart library while the figures on screen are
 * still arriving, so they paint first, on a phone above all. Once shown, the content stays
 * (polling and all). Without IntersectionObserver (old browsers, jsdom), it renders at once.
 * Lazy content (React.lazy) holds the same space while its code loads.
 */
export function WhenVisible({ children, minHeight, className }: WhenVisibleProps) {
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
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

  const placeholder = (
    <div
      ref={holder}
      className={[styles.placeholder, className].filter(Boolean).join(' ')}
      style={{ minHeight }}
    />
  )
  if (!visible) return placeholder
  return (
    <Suspense fallback={placeholder}>
      <div className={className}>{children}</div>
    </Suspense>
  )
}
