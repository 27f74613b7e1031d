import { describe, expect, it } from 'vitest'
import { initialRotation, nextIndex, rotationReducer, type RotationEnv } from './wall-rotation'

const env = (skip: boolean[] = [false, false, false], intervalMs = 20_000): RotationEnv => ({
  skip,
  intervalMs,
})

describe('nextIndex', () => {
  it('wraps around both ways', () => {
    expect(nextIndex(2, 1, [false, false, false])).toBe(0)
    expect(nextIndex(0, -1, [false, false, false])).toBe(2)
  })

  it('skips scenes marked failed-with-no-data', () => {
    expect(nextIndex(0, 1, [false, true, false])).toBe(2)
    expect(nextIndex(2, 1, [true, true, false])).toBe(2)
    expect(nextIndex(0, -1, [false, false, true])).toBe(1)
  })

  it('skips nothing when every scene failed', () => {
    expect(nextIndex(0, 1, [true, true])).toBe(1)
  })
})

describe('rotationReducer', () => {
  const start = initialRotation(1000, 20_000)

  it('moves on when the scene time is up, not before', () => {
    expect(rotationReducer(start, { type: 'tick', now: 20_999, env: env() })).toBe(start)
    const moved = rotationReducer(start, { type: 'tick', now: 21_000, env: env() })
    expect(moved).toMatchObject({ index: 1, deadline: 41_000, cycle: 1 })
  })

  it('steps forward and back on demand, restarting the scene time', () => {
    const next = rotationReducer(start, { type: 'next', now: 5000, env: env() })
    expect(next).toMatchObject({ index: 1, deadline: 25_000 })
    const back = rotationReducer(next, { type: 'previous', now: 6000, env: env() })
    expect(back).toMatchObject({ index: 0, deadline: 26_000, cycle: 2 })
    expect(rotationReducer(start, { type: 'previous', now: 0, env: env() }).index).toBe(2)
  })

  it('pauses and resumes with the time that was left', () => {
    const paused = rotationReducer(start, { type: 'pause', now: 16_000 })
    expect(paused).toMatchObject({ paused: true, remainingMs: 5000 })
    // Time passes while paused: ticks change nothing.
    expect(rotationReducer(paused, { type: 'tick', now: 100_000, env: env() })).toBe(paused)
    const resumed = rotationReducer(paused, { type: 'resume', now: 100_000 })
    expect(resumed).toMatchObject({ paused: false, deadline: 105_000, index: 0 })
    expect(rotationReducer(resumed, { type: 'toggle', now: 101_000 }).paused).toBe(true)
  })

  it('steps while paused without resuming', () => {
    const paused = rotationReducer(start, { type: 'pause', now: 2000 })
    const stepped = rotationReducer(paused, { type: 'next', now: 3000, env: env() })
    expect(stepped).toMatchObject({ index: 1, paused: true, remainingMs: 20_000 })
  })

  it('never stops on a failed scene: skips it on the tick and leaves it at once when it fails', () => {
    const skip = [false, true, false]
    expect(rotationReducer(start, { type: 'tick', now: 21_000, env: env(skip) }).index).toBe(2)
    const onFailed = { ...start, index: 1 }
    expect(rotationReducer(onFailed, { type: 'settle', now: 3000, env: env(skip) })).toMatchObject({
      index: 2,
      deadline: 23_000,
    })
    expect(rotationReducer(start, { type: 'settle', now: 3000, env: env(skip) })).toBe(start)
  })

  it('keeps rotating when every scene failed', () => {
    const skip = [true, true]
    expect(rotationReducer(start, { type: 'settle', now: 3000, env: env(skip) })).toBe(start)
    expect(rotationReducer(start, { type: 'tick', now: 21_000, env: env(skip) }).index).toBe(1)
  })

  it('comes back into range when the scene list shrinks', () => {
    const far = { ...start, index: 4 }
    expect(rotationReducer(far, { type: 'settle', now: 0, env: env([false, false]) }).index).toBe(0)
  })
})
