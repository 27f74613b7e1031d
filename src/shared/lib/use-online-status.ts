import { useSyncExternalStore } from 'react'

export interface OnlineStatus {
  readonly online: boolean
  /** When the browser last went offline (ms since the epoch); null while online. */
  readonly offlineSince: number | null
}

// One snapshot object per change: useSyncExternalStore compares snapshots by identity.
let status: OnlineStatus = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  offlineSince: typeof navigator !== 'undefined' && !navigator.onLine ? Date.now() : null,
}

function subscribe(onChange: () => void): () => void {
  // Every subscriber's own update runs, and each must tell its component: the first one to run
  // has already set the new status, so "nothing changed" is no reason to stay silent.
  const update = () => {
    const online = navigator.onLine
    if (online !== status.online) status = { online, offlineSince: online ? null : Date.now() }
    onChange()
  }
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  return () => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  }
}

/** Whether the browser believes it is online, and since when it is not. */
export function useOnlineStatus(): OnlineStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => status,
  )
}
