import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * The keys the app writes to localStorage and sessionStorage: its own under `duban.`
 * (preferences, validated and without free text; the wall's random device id; reload markers,
 * times and scene names), and the router's scroll positions, filed under random history keys or
 * paths (src/app/scroll-restoration-key.ts), never a query. A new key fails the browser tests
 * until it is added here, after checking that it can never hold personal data.
 */
export const appStorageKeys = [
  'duban.preferences',
  'duban.wallDeviceId',
  'duban.wallResume',
  'duban.wallDeploymentReloadAt',
  'duban.staleChunkReloadAt',
  'tsr-scroll-restoration-v1_3',
]

export interface OriginKeeps {
  localStorage: Record<string, string>
  sessionStorage: Record<string, string>
  indexedDb: string[]
  /** Cookies a script can read (the session's is HttpOnly). */
  cookie: string
  url: string
}

/** Everything the page's origin keeps: both storages, the IndexedDB databases, the address. */
export function originKeeps(page: Page): Promise<OriginKeeps> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((key) => [
          key,
          storage.getItem(key) ?? '',
        ]),
      )
    return {
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      indexedDb: (await indexedDB.databases()).map((db) => db.name ?? ''),
      cookie: document.cookie,
      url: location.href,
    }
  })
}

/**
 * Nothing personal kept by the origin: only the app's own storage keys, no database, no cookie
 * a script can read, and none of `personal` anywhere (the address included); no Chinese text
 * (names) and nothing shaped like a mobile or ID number in storage.
 */
export async function expectNothingPersonalKept(page: Page, personal: string[] = []): Promise<void> {
  const kept = await originKeeps(page)
  const keys = [...Object.keys(kept.localStorage), ...Object.keys(kept.sessionStorage)]
  expect(
    keys.filter((key) => !appStorageKeys.includes(key)),
    'storage keys',
  ).toEqual([])
  expect(kept.indexedDb, 'IndexedDB').toEqual([])
  expect(kept.cookie, 'cookies readable by scripts').toBe('')
  const stored = JSON.stringify([kept.localStorage, kept.sessionStorage])
  expect(stored, 'storage').not.toMatch(/\p{Script=Han}/u)
  expect(stored, 'storage').not.toMatch(/(?<!\d)(1[3-9]\d{9}|\d{17}[\dXx]|\d{15})(?!\d)/)
  const everything = JSON.stringify(kept)
  for (const value of personal) expect(everything, `kept: ${value}`).not.toContain(value)
}
