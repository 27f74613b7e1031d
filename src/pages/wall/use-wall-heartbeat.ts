import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import {
  reportWallDisplayMutationOptions,
  type WallDisplayReport,
} from '@/entities/wall-display/api/wall-display-mutations'
import { appVersion } from '@/shared/config/app-version'
import { buildTagOf } from './deployment'
import { loadedModuleScripts } from './use-reload-after-deployment'
import { wallDeviceId } from './wall-device-id'

/** A display reports every minute (the API counts three missed reports as quiet). */
export const heartbeatEveryMs = 60_000

/** The version a display reports: package.json's, plus the build's tag when it has one. */
export function reportedVersion(version: string, buildTag: string | undefined): string {
  return (buildTag === undefined ? version : `${version}+${buildTag}`).slice(0, 40)
}

/**
 * The wall's heartbeat (`PUT /wall-displays/{deviceId}`): its version, the scene on screen and
 * the time of the oldest figures it shows, as soon as it is signed in and then every minute, so
 * the Overview notices a wall that went quiet or stuck on old data. A failed report is silent
 * (the next minute's is the retry): the room never sees the wall's own bookkeeping fail.
 * `ready`: the session is known (`GET /me` answered, so the CSRF token is there).
 */
export function useWallHeartbeat({
  scene,
  dataAsOf,
  ready,
  everyMs = heartbeatEveryMs,
}: {
  scene: string
  dataAsOf: string | null
  ready: boolean
  /** Tests shorten it. */
  everyMs?: number
}): void {
  const [deviceId] = useState(() => wallDeviceId())
  const { mutate } = useMutation(reportWallDisplayMutationOptions(deviceId))
  const [version] = useState(() => reportedVersion(appVersion, buildTagOf(loadedModuleScripts())))
  const latest = useRef<WallDisplayReport>({ appVersion: version, scene, dataAsOf })
  useEffect(() => {
    latest.current = { appVersion: version, scene, dataAsOf }
  })

  useEffect(() => {
    if (!ready) return
    const send = () => mutate(latest.current)
    send()
    const timer = setInterval(send, everyMs)
    return () => clearInterval(timer)
  }, [ready, mutate, everyMs])
}
