/**
 * The wall display's device id for its heartbeat: random, made once and kept in localStorage,
 * so the same screen reports as the same display day after day. It identifies a screen, never
 * a person (public/openapi.yaml, `PUT /wall-displays/{deviceId}`).
 */
const storageKey = 'duban.wallDeviceId'
/** The contract's pattern for a device id. */
const deviceIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

export function wallDeviceId(
  storage: KeyValueStorage | undefined = browserStorage(),
  randomId: () => string = () => crypto.randomUUID(),
): string {
  try {
    const stored = storage?.getItem(storageKey)
    if (stored && deviceIdPattern.test(stored)) return stored
  } catch {
    // Unreadable storage: a fresh id below.
  }
  const id = randomId()
  try {
    storage?.setItem(storageKey, id)
  } catch {
    // Storage full or blocked: this page reports under an id of its own.
  }
  return id
}

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
