import { useSyncExternalStore } from 'react'
import { fallbackChartTheme, readChartTheme, sameChartTheme, type ChartTheme } from './chart-theme'

/*
 * Why watch the document rather than `useResolvedTheme()`: the tokens change when
 * <html data-theme> changes, and PreferencesSync sets that attribute in an effect, i.e.
 * after the render in which the resolved theme changed. Reading the tokens during that render
 * would read the old theme. Observing the attribute reads them once they are in effect,
 * whoever set them (the preference, the system theme, a test).
 */

const listeners = new Set<() => void>()
let current: ChartTheme | undefined
let observer: MutationObserver | undefined
let darkQuery: MediaQueryList | undefined

function refresh() {
  const next = readChartTheme()
  if (current && sameChartTheme(current, next)) return
  current = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1) {
    // One observer for all charts: each theme switch reads the tokens once.
    observer = new MutationObserver(refresh)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] })
    if (typeof window.matchMedia === 'function') {
      darkQuery = window.matchMedia('(prefers-color-scheme: dark)')
      darkQuery.addEventListener('change', refresh)
    }
    // The theme may have changed while nobody was listening.
    refresh()
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      observer?.disconnect()
      darkQuery?.removeEventListener('change', refresh)
      observer = undefined
      darkQuery = undefined
    }
  }
}

function getSnapshot(): ChartTheme {
  current ??= readChartTheme()
  return current
}

/**
 * The chart tokens in effect, as one stable object that changes only when a token value does
 * (light ↔ dark). Pass it to option builders and memoise the option on it.
 */
export function useChartTheme(): ChartTheme {
  return useSyncExternalStore(subscribe, getSnapshot, () => fallbackChartTheme)
}
