import { useDeviceSession } from './use-device-session'
import { useReloadAfterDeployment } from './use-reload-after-deployment'
import { useWakeLock } from './use-wake-lock'
import { useWallHeartbeat } from './use-wall-heartbeat'
import { oldestAsOf } from './wall-time'

/**
 * What keeps an unattended wall running for weeks, mounted by the wall page in one call: the
 * screen kept awake, the device session renewed (or its loss shown), the heartbeat, and the
 * reload after a deployment. Returns what the page shows of it: whether a sign-in is needed.
 */
export function useWallOperations({
  scenes,
  scene,
  index,
  cycle,
  paused,
  asOfs,
  refreshMs,
}: {
  /** The link's `scenes` value ('' for the default set). */
  scenes: string
  scene: string
  index: number
  cycle: number
  paused: boolean
  /** The `asOf` of each figure set on screen. */
  asOfs: readonly (string | undefined)[]
  refreshMs: number
}): { signInNeeded: boolean } {
  useWakeLock()
  const session = useDeviceSession(refreshMs)
  // Only the wall's own account reports: a director previewing the wall is not a display.
  useWallHeartbeat({
    scene,
    dataAsOf: oldestAsOf(asOfs) ?? null,
    ready: session.signedIn && session.reportsStatus,
  })
  useReloadAfterDeployment({ scenes, index, cycle, paused })
  return { signInNeeded: session.signInNeeded }
}
