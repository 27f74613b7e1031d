import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import { initialRotation, rotationReducer, type RotationEnv } from './wall-rotation'

export type RotationCause = 'auto' | 'user'

/**
 * Drives the rotation model with a timer: one timeout for the scene on screen, set again when it
 * changes. A scene that fails with nothing to show is left at once. It starts at `startIndex`
 * (the scene on screen before a reload for a deployment). Returns the state, the
 * controls, and what caused the last change (for announcing only what a person did).
 */
export function useWallRotation(env: RotationEnv, startIndex = 0) {
  const [state, dispatch] = useReducer(rotationReducer, env.intervalMs, (ms) =>
    initialRotation(Date.now(), ms, startIndex),
  )
  const [cause, setCause] = useState<RotationCause>('auto')
  const envRef = useRef(env)
  useEffect(() => {
    envRef.current = env
  })
  const skipKey = env.skip.join()

  useEffect(() => {
    dispatch({ type: 'settle', now: Date.now(), env: envRef.current })
  }, [skipKey, env.skip.length])

  const { deadline, paused } = state
  useEffect(() => {
    if (paused) return
    const timer = setTimeout(
      () => {
        setCause('auto')
        // The scene's time is up when its timer fires, even if the clock reads a little earlier:
        // timers may fire a millisecond early, and the clock may be set back. Told the clock's
        // reading, the model would keep the scene, and with no new deadline no timer would be set
        // again: the wall would stay on this scene for good.
        dispatch({ type: 'tick', now: Math.max(Date.now(), deadline), env: envRef.current })
      },
      Math.max(0, deadline - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [deadline, paused])

  const step = useCallback((type: 'next' | 'previous') => {
    setCause('user')
    dispatch({ type, now: Date.now(), env: envRef.current })
  }, [])
  const togglePause = useCallback(() => {
    setCause('user')
    dispatch({ type: 'toggle', now: Date.now() })
  }, [])

  return { state, cause, step, togglePause }
}

/** Space pauses or resumes, the arrows step, F toggles full screen. */
export function useWallKeys(controls: {
  step: (type: 'next' | 'previous') => void
  togglePause: () => void
}) {
  const { step, togglePause } = controls
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (event.target instanceof HTMLElement && event.target.closest('a, button, input, select, textarea')) {
        if (event.key === ' ') return
      }
      switch (event.key) {
        case ' ':
          event.preventDefault()
          togglePause()
          break
        case 'ArrowRight':
          event.preventDefault()
          step('next')
          break
        case 'ArrowLeft':
          event.preventDefault()
          step('previous')
          break
        case 'f':
        case 'F':
          toggleFullScreen()
          break
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [step, togglePause])
}

function toggleFullScreen() {
  const root = document.documentElement
  if (document.fullscreenElement) {
    void document.exitFullscreen().catch(() => undefined)
  } else if (typeof root.requestFullscreen === 'function') {
    void root.requestFullscreen().catch(() => undefined)
  }
}

/** Whether the pointer has been still for `idleMs`: the wall hides the cursor then. */
export function useIdle(idleMs = 3000): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), idleMs)
    function onMove() {
      setIdle(false)
      clearTimeout(timer)
      timer = setTimeout(() => setIdle(true), idleMs)
    }
    window.addEventListener('pointermove', onMove)
    window.addEventListener('pointerdown', onMove)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerdown', onMove)
    }
  }, [idleMs])
  return idle
}
