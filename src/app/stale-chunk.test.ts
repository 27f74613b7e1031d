import { describe, expect, it, vi } from 'vitest'
import { isChunkLoadError, leaveChunkReloadsToTheApp, reloadOnceForStaleChunk } from './stale-chunk'

describe('isChunkLoadError', () => {
  it.each([
    // Chromium
    'Failed to fetch dynamically imported module: https://duban.example/assets/reports-Cx1.js',
    // Firefox
    'error loading dynamically imported module: https://duban.example/assets/reports-Cx1.js',
    // Safari
    'Importing a module script failed.',
    // Vite's CSS preload
    'Unable to preload CSS for /assets/wall-9f2.css',
    // webpack-style names, from libraries that report them
    'Loading chunk 42 failed.',
    'Loading CSS chunk reports-page failed.',
  ])('recognises %j', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true)
  })

  it('recognises an error named ChunkLoadError', () => {
    const error = new Error('whatever')
    error.name = 'ChunkLoadError'
    expect(isChunkLoadError(error)).toBe(true)
  })

  it.each([
    new TypeError('Failed to fetch'),
    new Error('Cannot read properties of undefined'),
    new Error('Loading the overview failed'),
  ])('does not take %s for a stale chunk', (error) => {
    expect(isChunkLoadError(error)).toBe(false)
  })

  it('ignores values that are not errors', () => {
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false)
    expect(isChunkLoadError(undefined)).toBe(false)
  })
})

describe('reloadOnceForStaleChunk', () => {
  const chunkError = new TypeError('Failed to fetch dynamically imported module: /assets/settings-1.js')

  function environment(start = 1_000_000) {
    const values = new Map<string, string>()
    let now = start
    const env = {
      storage: {
        getItem: (key: string) => values.get(key) ?? null,
        setItem: (key: string, value: string) => void values.set(key, value),
      },
      now: () => now,
      reload: vi.fn(),
    }
    return { env, advance: (ms: number) => void (now += ms), values }
  }

  it('reloads the first time', () => {
    const { env } = environment()
    expect(reloadOnceForStaleChunk(chunkError, env)).toBe(true)
    expect(env.reload).toHaveBeenCalledTimes(1)
  })

  it('does not reload again within a minute, so a broken deploy cannot loop', () => {
    const { env, advance } = environment()
    reloadOnceForStaleChunk(chunkError, env)
    advance(5_000)
    expect(reloadOnceForStaleChunk(chunkError, env)).toBe(false)
    advance(54_000)
    expect(reloadOnceForStaleChunk(chunkError, env)).toBe(false)
    expect(env.reload).toHaveBeenCalledTimes(1)
  })

  it('reloads again for a later incident with another chunk', () => {
    const { env, advance } = environment()
    reloadOnceForStaleChunk(chunkError, env)
    advance(60_000)
    const later = new TypeError('Failed to fetch dynamically imported module: /assets/settings-2.js')
    expect(reloadOnceForStaleChunk(later, env)).toBe(true)
    expect(env.reload).toHaveBeenCalledTimes(2)
  })

  it('reloads even where the router was kept from reloading for the same module', () => {
    const { env, values } = environment()
    values.set(`tanstack_router_reload:${chunkError.message}`, '1')
    expect(reloadOnceForStaleChunk(chunkError, env)).toBe(true)
    expect(env.reload).toHaveBeenCalledTimes(1)
  })

  it('marks its own reload for the router, so the router does not reload a second time', () => {
    const { env, values } = environment()
    reloadOnceForStaleChunk(chunkError, env)
    expect(values.get(`tanstack_router_reload:${chunkError.message}`)).toBe('1')
  })

  it('treats an unreadable marker as no marker', () => {
    const { env, values } = environment()
    values.set('duban.staleChunkReloadAt', 'garbage')
    expect(reloadOnceForStaleChunk(chunkError, env)).toBe(true)
  })

  it('uses sessionStorage by default, surviving the reload it triggers', () => {
    const reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ reload } as Partial<Location> as Location)
    expect(reloadOnceForStaleChunk(chunkError)).toBe(true)
    expect(sessionStorage.getItem('duban.staleChunkReloadAt')).toMatch(/^\d+$/)
    expect(reloadOnceForStaleChunk(chunkError)).toBe(false)
    expect(reload).toHaveBeenCalledTimes(1)
  })
})

describe('leaveChunkReloadsToTheApp', () => {
  it("marks a chunk's failure as reloaded for the router, before the router sees it", () => {
    const target = new EventTarget()
    leaveChunkReloadsToTheApp(target)
    const failure = new TypeError('Failed to fetch dynamically imported module: /assets/reports-3.js')
    const event = Object.assign(new Event('vite:preloadError', { cancelable: true }), { payload: failure })
    target.dispatchEvent(event)
    expect(sessionStorage.getItem(`tanstack_router_reload:${failure.message}`)).toBe('1')
    // The import still rejects: the route shows the app's own page for it.
    expect(event.defaultPrevented).toBe(false)
  })

  it('ignores an event without an error', () => {
    const target = new EventTarget()
    leaveChunkReloadsToTheApp(target)
    const before = sessionStorage.length
    target.dispatchEvent(new Event('vite:preloadError'))
    expect(sessionStorage.length).toBe(before)
  })
})
