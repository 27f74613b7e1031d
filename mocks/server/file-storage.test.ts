// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFileStorage } from './file-storage'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'duban-state-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('createFileStorage', () => {
  it('keeps items for the next server started with the same file', async () => {
    const file = path.join(dir, 'state.json')
    const first = createFileStorage(file)
    first.setItem('sessions', '[1]')
    first.setItem('gone', 'x')
    first.removeItem('gone')
    const second = createFileStorage(file)
    expect(second.getItem('sessions')).toBe('[1]')
    expect(second.getItem('gone')).toBeNull()
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ sessions: '[1]' })
  })

  it('starts afresh from a file it cannot read, keeping only string items', async () => {
    const broken = path.join(dir, 'broken.json')
    await writeFile(broken, '{"sessions": ')
    expect(createFileStorage(broken).getItem('sessions')).toBeNull()
    const odd = path.join(dir, 'odd.json')
    await writeFile(odd, '{"a": 1, "b": "two"}')
    expect(createFileStorage(odd).getItem('a')).toBeNull()
    expect(createFileStorage(odd).getItem('b')).toBe('two')
  })
})
