/**
 * Named scenarios, selectable from tests, the mock server and the URL. Each is a transformation
 * of the generator's parameters (never a different code path), so every scenario keeps the
 * model's invariants: deterministic per (seed, day), lazy, and consistent between aggregates and
 * lists.
 *
 * Scenarios anchored "around now" (backlog, tourism surge) take the simulator's clock reading at
 * creation as their anchor, so a fixed clock gives fixed answers and a live clock sees the
 * situation unfold from the moment the simulator started.
 */
import { CHINA_OFFSET_MS, MS_PER_DAY } from './china-time'
import type { UnitCode } from './domain-codes'
import { CALIBRATED_PARAMS, type GeneratorParams } from './generate-day'

export const SCENARIO_NAMES = ['calibrated', 'backlog', 'tourism-surge', 'empty', 'hostile-text'] as const
export type ScenarioName = (typeof SCENARIO_NAMES)[number]

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIO_NAMES as readonly string[]).includes(value)
}

/** The unit that falls behind in the `backlog` scenario (莒县 Chengyang office). */
export const BACKLOG_UNIT: UnitCode = 'jx-chengyang'

/**
 * The generator's parameters for a scenario. `anchorMs` is the simulator's clock at creation.
 * - calibrated: the model city's 2023 figures (default).
 * - backlog: from 60 days before the anchor, one unit falls behind: 70 % of its complaints and
 *   reports run late (by 3 to 40 working days), 15 % of its tickets come back from a wrong
 *   unit; overdue items draw reminders and supervision orders. Dozens are overdue at the anchor.
 * - tourism-surge: from 10 days before to 20 days after the anchor, tourism and catering items
 *   arrive at five times their usual rate (a beach-season or Golden-Week rush).
 * - empty: no orders at all (every figure 0, every rate null).
 * - hostile-text: a third of the orders carry hostile text (hostile-text.ts: markup and script,
 *   `javascript:` URLs, very long, right-to-left, zero-width and emoji text, numbers and formulas
 *   as text) in their summary, business, contact, reminders, supervisions and reasons; so do a
 *   third of the units' names, the duty roster, hotspot terms, the people and notes on alerts
 *   acknowledged before the API's records (hostile-desk-records.ts) and the reports' publisher.
 */
export function scenarioParams(name: ScenarioName, anchorMs: number): GeneratorParams {
  const anchorDay = Math.floor((anchorMs + CHINA_OFFSET_MS) / MS_PER_DAY)
  switch (name) {
    case 'calibrated':
      return CALIBRATED_PARAMS
    case 'backlog':
      return {
        ...CALIBRATED_PARAMS,
        backlog: {
          unit: BACKLOG_UNIT,
          fromEpochDay: anchorDay - 60,
          toEpochDay: anchorDay + 365,
          lateShare: 0.7,
          returnShare: 0.15,
        },
      }
    case 'tourism-surge':
      return {
        ...CALIBRATED_PARAMS,
        categoryBoost: (category, epochDay) =>
          (category === 'tourism' || category === 'cateringLodging') &&
          epochDay >= anchorDay - 10 &&
          epochDay <= anchorDay + 20
            ? 5
            : 1,
      }
    case 'empty':
      return { ...CALIBRATED_PARAMS, volume: 0 }
    case 'hostile-text':
      return { ...CALIBRATED_PARAMS, hostileShare: 0.34 }
  }
}
