import { useQuery } from '@tanstack/react-query'
import { alertSummariesQueryOptions } from '@/entities/alert/api/alert-summary-queries'
import { hotspotsQueryOptions } from '@/entities/hotspot/api/hotspot-queries'
import { addDays } from '@/entities/period/china-days'
import { unitsQueryOptions } from '@/entities/unit/api/unit-queries'
import { useCarriedOver } from '@/shared/api/use-carried-over'
import { usePolling } from '@/shared/preferences/use-polling'
import { wallCarryScope } from './wall-polling'

/** How many alerts the scene lists: as many as fit 1366×768 (and so every wall size). */
export const alertRows = 6
/** How many rising hotspots it lists beside them. */
export const hotspotRows = 5
/** The hotspots' period: the last 7 days, today included (a week smooths the weekday rhythm). */
const hotspotDays = 7

/**
 * The request of the alerts scene: alerts still being handled (open, acknowledged, a plan under
 * way), newest first, one short page: the public sees that an alert is in hand, and with what plan.
 */
export const wallAlertParams = { active: true, limit: alertRows } as const

/**
 * The alerts scene's queries, polled whatever scene shows (the new-alert highlight shows on every
 * scene, and a scene coming up has its figures). Keys are stable: the same params object every
 * poll, and the hotspots' period changes once a day (the last answer stays until the new day's
 * arrives: useCarriedOver). A wall whose link leaves the scene out asks for none of it (`scene:
 * false`), except the alerts when its link turns the chime on (`alerts: true`).
 */
export function useWallAlertsData(
  today: string,
  { scene, alerts: watchAlerts }: { scene: boolean; alerts: boolean },
) {
  const polling = usePolling()
  const alerts = useQuery({
    ...alertSummariesQueryOptions(wallAlertParams),
    ...polling,
    enabled: scene || watchAlerts,
  })
  const hotspots = useCarriedOver(
    {
      ...hotspotsQueryOptions({ from: addDays(today, -(hotspotDays - 1)), to: today }),
      ...polling,
      enabled: scene,
    },
    wallCarryScope,
  )
  // Unit names (reference data, cached for an hour): a card names its unit.
  const units = useQuery({ ...unitsQueryOptions(), enabled: scene })
  return { alerts, hotspots, units }
}

export type WallAlertsData = ReturnType<typeof useWallAlertsData>
