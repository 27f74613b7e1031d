// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  buildTagOf,
  isNewDeployment,
  mayReloadForDeployment,
  moduleScriptsOf,
  reloadAtMostEveryMs,
  resumeIndex,
} from './deployment'

const built = (entry: string) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <link rel="preload" href="/config.json" as="fetch" crossorigin="anonymous" />
    <script type="module" crossorigin src="${entry}"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework-C1Czpril.js">
  </head>
  <body><div id="root"></div><script>window.inline = 1</script></body>
</html>`

describe('moduleScriptsOf', () => {
  it('finds the module scripts of a built index.html, whatever the attribute order and quotes', () => {
    expect(moduleScriptsOf(built('/assets/index-Ds1Fq0q2.js'))).toEqual(['/assets/index-Ds1Fq0q2.js'])
    expect(
      moduleScriptsOf(`<SCRIPT src='/a.js' TYPE=module></SCRIPT><script src=/b.js type="module">`),
    ).toEqual(['/a.js', '/b.js'])
  })

  it('leaves out classic and inline scripts, and other types', () => {
    expect(moduleScriptsOf('<script src="/classic.js"></script><script type="module">1</script>')).toEqual([])
    expect(moduleScriptsOf('<script type="modulefoo" src="/x.js"></script>')).toEqual([])
    expect(moduleScriptsOf('<p>Bad gateway</p>')).toEqual([])
  })
})

describe('isNewDeployment', () => {
  const loaded = ['/assets/index-Ds1Fq0q2.js']

  it('is true when index.html now names another entry', () => {
    expect(isNewDeployment(loaded, moduleScriptsOf(built('/assets/index-B9xYz123.js')))).toBe(true)
  })

  it('is false for the same build', () => {
    expect(isNewDeployment(loaded, moduleScriptsOf(built('/assets/index-Ds1Fq0q2.js')))).toBe(false)
  })

  it('never takes a page without scripts (a proxy’s error page) or a page that has none for a deployment', () => {
    expect(isNewDeployment(loaded, [])).toBe(false)
    expect(isNewDeployment([], ['/assets/index-B9xYz123.js'])).toBe(false)
  })
})

describe('buildTagOf', () => {
  it('is the content hash in the entry’s name, if any', () => {
    expect(buildTagOf(['/assets/index-Ds1Fq0q2.js'])).toBe('Ds1Fq0q2')
    expect(buildTagOf(['/@vite/client', '/src/app/main.tsx'])).toBeUndefined()
    expect(buildTagOf([])).toBeUndefined()
  })
})

describe('mayReloadForDeployment', () => {
  const now = Date.parse('2026-12-05T10:00:00Z')

  it('reloads the first time, and again only after the guard window', () => {
    expect(mayReloadForDeployment(undefined, now)).toBe(true)
    expect(mayReloadForDeployment(now - 60_000, now)).toBe(false)
    expect(mayReloadForDeployment(now - reloadAtMostEveryMs, now)).toBe(true)
  })

  it('does not trust a mark from the future (a clock set back)', () => {
    expect(mayReloadForDeployment(now + 60_000, now)).toBe(true)
  })
})

describe('resumeIndex', () => {
  const now = Date.parse('2026-12-05T10:00:00Z')
  const point = (fields: object) =>
    JSON.stringify({ scenes: 'headline,ticker', index: 1, savedAt: now, ...fields })

  it('comes back to the scene remembered just before the reload', () => {
    expect(resumeIndex(point({}), 'headline,ticker', 2, now + 3_000)).toBe(1)
  })

  it('starts from the first scene for another link, an old or odd memory, or none', () => {
    expect(resumeIndex(null, 'headline,ticker', 2, now)).toBe(0)
    expect(resumeIndex(point({ scenes: 'ticker' }), 'headline,ticker', 2, now)).toBe(0)
    expect(resumeIndex(point({}), 'headline,ticker', 2, now + 10 * 60_000)).toBe(0)
    expect(resumeIndex(point({ index: 5 }), 'headline,ticker', 2, now)).toBe(0)
    expect(resumeIndex(point({ index: 0.5 }), 'headline,ticker', 2, now)).toBe(0)
    expect(resumeIndex(point({ savedAt: 'yesterday' }), 'headline,ticker', 2, now)).toBe(0)
    expect(resumeIndex('{not json', 'headline,ticker', 2, now)).toBe(0)
  })
})
