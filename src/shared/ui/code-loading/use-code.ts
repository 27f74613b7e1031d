import { useEffect, useState } from 'react'
import { serverAnswers } from './page-reload'
import { whenOnline } from '@/shared/lib/when-online'

/**
 * Where code loaded on demand stands:
 * - `loading`: asked for, or waiting for the network to ask for it;
 * - `failed`: the load failed; it is tried again by the user or when the browser is back online;
 * - `needsReload`: it failed again although the server answers. The browser keeps the first
 *   failure (Chromium does: see shared/lib/when-online.ts), or the file is gone after a
 *   deployment: only a reload of the page loads it now.
 */
export type CodeState<T> =
  { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed' } | { status: 'needsReload' }

/** What each load function gave, once it did: a second user of the same code renders at once. */
const loadedValues = new WeakMap<() => Promise<unknown>, unknown>()

/**
 * Loads code on demand (`() => import('…')`, a stable, module-level function) once `enabled`,
 * only while the browser is online, and tries again when it comes back online or on `retry`.
 */
export function useCode<T>(
  load: () => Promise<T>,
  enabled = true,
): { state: CodeState<T>; retry: () => void } {
  const [state, setState] = useState<CodeState<T>>(() =>
    loadedValues.has(load) ? { status: 'loaded', value: loadedValues.get(load) as T } : { status: 'loading' },
  )
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!enabled || state.status !== 'loading') return
    let current = true
    whenOnline()
      .then(load)
      .then(
        (value) => {
          loadedValues.set(load, value)
          if (current) setState({ status: 'loaded', value })
        },
        async () => {
          // A first failure may be the network's; one after a retry, with the server answering, is not.
          const stuck = attempt > 0 && (await serverAnswers())
          if (current) setState({ status: stuck ? 'needsReload' : 'failed' })
        },
      )
    return () => {
      current = false
    }
  }, [enabled, state.status, attempt, load])

  const retry = () => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }

  useEffect(() => {
    if (state.status !== 'failed') return
    const onOnline = () => {
      setState({ status: 'loading' })
      setAttempt((n) => n + 1)
    }
    window.addEventListener('online', onOnline)
    return () => window.removeEventListener('online', onOnline)
  }, [state.status])

  return { state, retry }
}
