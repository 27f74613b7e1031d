/**
 * The wall's rotation as a pure model: which scene shows, whether the rotation is paused, and
 * when the current scene ends. Every action carries the time (`now`, epoch ms) and the scenes'
 * situation, so the model never reads a clock and tests need no timers.
 */
export interface RotationState {
  /** Index of the scene on screen. */
  readonly index: number
  readonly paused: boolean
  /** When the scene on screen ends (while playing). */
  readonly deadline: number
  /** Time left on the scene (kept while paused, to resume where it stopped). */
  readonly remainingMs: number
  /** Counts scene starts: a new value restarts the progress indicator. */
  readonly cycle: number
}

export interface RotationEnv {
  readonly intervalMs: number
  /**
   * One flag per scene: true for a scene to skip (its data failed and it has none to show).
   * When every scene is to be skipped, none is: the rotation goes on and each says why.
   */
  readonly skip: readonly boolean[]
}

export type RotationAction =
  | { type: 'next' | 'previous' | 'tick' | 'settle'; now: number; env: RotationEnv }
  | { type: 'pause' | 'resume' | 'toggle'; now: number }

/** The rotation at its start: at the first scene, or at `index` (the scene shown before a reload). */
export function initialRotation(now: number, intervalMs: number, index = 0): RotationState {
  return { index, paused: false, deadline: now + intervalMs, remainingMs: intervalMs, cycle: 0 }
}

/** The next scene from `index` in `direction` that is not skipped (any scene when all are). */
export function nextIndex(index: number, direction: 1 | -1, skip: readonly boolean[]): number {
  const count = skip.length
  if (count === 0) return 0
  const allSkipped = skip.every(Boolean)
  for (let step = 1; step <= count; step++) {
    const candidate = (((index + direction * step) % count) + count) % count
    if (allSkipped || !skip[candidate]) return candidate
  }
  return index
}

function startScene(state: RotationState, index: number, now: number, intervalMs: number): RotationState {
  return {
    index,
    paused: state.paused,
    deadline: now + intervalMs,
    remainingMs: intervalMs,
    cycle: state.cycle + 1,
  }
}

export function rotationReducer(state: RotationState, action: RotationAction): RotationState {
  const { now } = action
  switch (action.type) {
    case 'next':
    case 'previous': {
      const direction = action.type === 'next' ? 1 : -1
      return startScene(state, nextIndex(state.index, direction, action.env.skip), now, action.env.intervalMs)
    }
    case 'tick':
      if (state.paused || now < state.deadline) return state
      return startScene(state, nextIndex(state.index, 1, action.env.skip), now, action.env.intervalMs)
    case 'settle': {
      // The scene on screen lost its last chance (failed, nothing to show): move on at once.
      const { skip, intervalMs } = action.env
      const index = state.index < skip.length ? state.index : 0
      if (!skip[index] || skip.every(Boolean))
        return index === state.index ? state : startScene(state, index, now, intervalMs)
      return startScene(state, nextIndex(index, 1, skip), now, intervalMs)
    }
    case 'pause':
      if (state.paused) return state
      return { ...state, paused: true, remainingMs: Math.max(0, state.deadline - now) }
    case 'resume':
      if (!state.paused) return state
      return { ...state, paused: false, deadline: now + state.remainingMs }
    case 'toggle':
      return rotationReducer(state, { type: state.paused ? 'resume' : 'pause', now })
  }
}
