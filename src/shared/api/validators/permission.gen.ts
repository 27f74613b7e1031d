/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * What the user may do. `readAggregates` KPIs, breakdowns, hotspots, reports;
 * `readWorkOrders` lists and details (own unit unless `readAllUnits`); `readAllUnits` every
 * unit's items; `remind` reminders; `revealContact` unmasked contacts; `supervise`
 * supervisions; `decide` extension requests and returned tickets; `manageAlerts` acknowledge
 * and activate plans; `publishReports`; `readDutyRoster` (the `wall` without names);
 * `readTicker` the masked ticker; `reportWallStatus` a wall display's heartbeat;
 * `readAlertSummaries` alerts without anything identifying (`GET /alert-summaries`).
 */
export const permissionSchema = /* @__PURE__ */ z.enum([
  'readAggregates',
  'readWorkOrders',
  'readAllUnits',
  'remind',
  'revealContact',
  'supervise',
  'decide',
  'manageAlerts',
  'publishReports',
  'readDutyRoster',
  'readTicker',
  'reportWallStatus',
  'readAlertSummaries',
])
