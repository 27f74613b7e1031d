import { describe, expect, it } from 'vitest'
import { createChime, type ChimeContext } from './wall-chime'

/** A stand-in for AudioContext that records the oscillators started on it. */
function fakeContext(state: AudioContextState, resume: () => Promise<void>) {
  const started: number[] = []
  const param = () => ({
    value: 0,
    setValueAtTime: () => undefined,
    linearRampToValueAtTime: () => undefined,
    exponentialRampToValueAtTime: () => undefined,
  })
  const context = {
    state,
    currentTime: 10,
    destination: {},
    resume,
    createGain: () => ({ gain: param(), connect: () => undefined, disconnect: () => undefined }),
    createOscillator: () => {
      const oscillator = {
        type: 'square',
        frequency: param(),
        onended: null,
        connect: () => undefined,
        disconnect: () => undefined,
        start: () => started.push(oscillator.frequency.value),
        stop: () => undefined,
      }
      return oscillator
    },
  }
  return { context: context as unknown as ChimeContext, started }
}

describe('the wall chime', () => {
  it('plays two short notes on a running context, and reuses it', async () => {
    let made = 0
    const fake = fakeContext('running', () => Promise.resolve())
    const chime = createChime(() => {
      made += 1
      return fake.context
    })
    expect(await chime.play()).toBe(true)
    expect(await chime.play()).toBe(true)
    expect(fake.started).toHaveLength(4)
    expect(made).toBe(1)
  })

  it('keeps silent, without waiting for ever, when the browser refuses to play', async () => {
    const fake = fakeContext('suspended', () => new Promise<void>(() => undefined))
    const chime = createChime(() => fake.context)
    expect(await chime.play()).toBe(false)
    expect(fake.started).toEqual([])
  })

  it('plays once the browser lets a suspended context resume', async () => {
    const fake = fakeContext('suspended', () => {
      ;(fake.context as { state: AudioContextState }).state = 'running'
      return Promise.resolve()
    })
    expect(await createChime(() => fake.context).play()).toBe(true)
    expect(fake.started).toHaveLength(2)
  })

  it('keeps silent where there is no Web Audio, or it fails', async () => {
    expect(await createChime(() => null).play()).toBe(false)
    const broken = createChime(() => {
      throw new Error('NotAllowedError')
    })
    expect(await broken.play()).toBe(false)
  })
})
