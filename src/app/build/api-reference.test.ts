// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { externalizeScripts } from './api-reference'

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
