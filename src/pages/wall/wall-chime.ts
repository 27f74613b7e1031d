/**
 * The wall's chime for a new alert: a short two-note tone synthesized with the Web Audio API (no
 * audio file to load or cache). One AudioContext for the page's life, created on the first
 * chime: a context per chime would pile up (browsers cap them) and the wall runs for days.
 *
 * Browsers refuse sound without a user gesture unless told otherwise (the kiosk starts Chromium
 * with --autoplay-policy=no-user-gesture-required). A refusal is silent: the chime is a
 * courtesy, the highlight on screen is the alert. Nothing is scheduled on a context that is not
 * running, or it would all sound at once the day someone clicks the page.
 */

/** The parts of an AudioContext the chime uses (a test passes a fake). */
export type ChimeContext = Pick<
  AudioContext,
  'state' | 'currentTime' | 'destination' | 'resume' | 'createOscillator' | 'createGain'
>

export type CreateChimeContext = () => ChimeContext | null

/** How long to wait for the browser to let the context run before giving up on this chime. */
const resumeWaitMs = 300
/** Two notes, E6 then C6: a doorbell, not a siren. */
const notes = [
  { frequency: 1318.5, at: 0 },
  { frequency: 1046.5, at: 0.18 },
]
const noteSeconds = 0.35
const peakGain = 0.2

function browserContext(): ChimeContext | null {
  const Context = typeof window === 'undefined' ? undefined : window.AudioContext
  return Context ? new Context() : null
}

/** A chime with its own context, made when first played. */
export function createChime(createContext: CreateChimeContext = browserContext) {
  let context: ChimeContext | null = null

  async function running(audio: ChimeContext): Promise<boolean> {
    if (audio.state === 'running') return true
    // Chromium leaves resume() pending while autoplay is refused: wait a moment, not forever.
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, resumeWaitMs))
    await Promise.race([audio.resume().catch(() => undefined), timeout])
    return (audio.state as AudioContextState) === 'running'
  }

  /** Plays the chime; false (and silence) when the browser does not allow sound. */
  async function play(): Promise<boolean> {
    try {
      context ??= createContext()
      if (context === null || !(await running(context))) return false
      const start = context.currentTime
      for (const note of notes) {
        const oscillator = context.createOscillator()
        const gain = context.createGain()
        oscillator.type = 'sine'
        oscillator.frequency.value = note.frequency
        const t0 = start + note.at
        gain.gain.setValueAtTime(0, t0)
        gain.gain.linearRampToValueAtTime(peakGain, t0 + 0.02)
        gain.gain.exponentialRampToValueAtTime(0.0001, t0 + noteSeconds)
        oscillator.connect(gain)
        gain.connect(context.destination)
        // Ended nodes are let go: the graph does not grow chime after chime.
        oscillator.onended = () => {
          oscillator.disconnect()
          gain.disconnect()
        }
        oscillator.start(t0)
        oscillator.stop(t0 + noteSeconds)
      }
      return true
    } catch {
      return false
    }
  }

  return { play }
}

/** The page's chime. */
export const wallChime = createChime()
