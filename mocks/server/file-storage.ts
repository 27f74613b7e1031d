import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

/**
 * A Storage (the part ApiState uses) kept in a JSON file: the mock server started again with
 * the same file keeps its sessions and what users did, as the browser demo keeps them in
 * localStorage. Written whole on every change (through a temporary file, so a crash mid-write
 * cannot leave half a file); the file holds demo sessions and actions only.
 */
export function createFileStorage(file: string): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  let items = new Map<string, string>()
  if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        items = new Map(
          Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        )
      }
    } catch {
      // An unreadable file is a fresh start, as a cleared localStorage would be.
    }
  }
  const save = () => {
    const temporary = `${file}.tmp`
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(items)))
    renameSync(temporary, file)
  }
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value)
      save()
    },
    removeItem: (key) => {
      items.delete(key)
      save()
    },
  }
}
