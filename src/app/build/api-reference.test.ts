// @vitest-environment node
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { disableSearchWorkerProbe, externalizeScripts } from './api-reference'

describe('externalizeScripts', () => {
  const html =
    '<html><head><script>var a = 1</script></head><body>' +
    '<script type="module">import("https://cdn.redoc.ly/redoc/logo-mini.svg")</script></body></html>'

  it('moves every inline script into a file the page loads by src, keeping module scripts modules', () => {
    const [page, ...rest] = externalizeScripts(html)
    expect(page?.name).toBe('index.html')
    const scripts = rest.filter((file) => file.name.endsWith('.js'))
    expect(scripts.map((file) => file.content)).toEqual(['var a = 1', 'import("./logo-mini.svg")'])
    expect(page?.content).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    for (const script of scripts) expect(page?.content).toContain(`src="./${script.name}"`)
    expect(page?.content).toMatch(/<script type="module" src="\.\/script-[0-9a-f]{12}\.js"><\/script>/)
  })

  it('serves the renderer’s logo locally and links the app’s icon', () => {
    const files = externalizeScripts(html)
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining(['logo-mini.svg', 'logo-mini-full.svg']),
    )
    expect(files.some((file) => file.content.includes('cdn.redoc.ly'))).toBe(false)
    expect(files[0]?.content).toContain('href="/favicon.svg"')
  })

  it('names files by content, so the same input gives the same files', () => {
    expect(externalizeScripts(html)).toEqual(externalizeScripts(html))
  })
})

describe('disableSearchWorkerProbe', () => {
  it('answers Redoc’s eval-based worker probe "no" without evaluating anything', () => {
    const probe =
      'function ZDe(){if(typeof window>`u`||typeof Worker>`u`)return!1;let e=globalThis;' +
      'try{return e._factory??=Function(XDe),!0}catch{return!1}}'
    const patched = disableSearchWorkerProbe(probe)
    expect(patched).not.toContain('Function(')
    // The patched probe still runs, in a context with workers, and says the worker is unavailable.
    const context = { window: {}, Worker: function Worker() {}, XDe: 'self.x = 1' }
    expect(runInNewContext(`${probe}; ZDe()`, { ...context })).toBe(true)
    expect(runInNewContext(`${patched}; ZDe()`, context)).toBe(false)
  })

  it('leaves other code alone', () => {
    const code = 'd=l||u||Function(`return this`)()'
    expect(disableSearchWorkerProbe(code)).toBe(code)
  })
})
