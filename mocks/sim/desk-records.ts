/**
 * What users did on the alerts and reports desk: alert acknowledgements, plan activations,
 * resolutions and report publications, with who and when. Kept apart from the simulator's per-order overlay
 * because none of it belongs to one work order. `export()` / `import()` give a versioned JSON
 * snapshot so that the browser build can keep it across reloads.
 */
import { z } from 'zod/mini'
import { SEEDED_PUBLISHER } from './report-publications'

export const PLAN_CODES = ['taskForce', 'holidayDuty', 'massComplaint', 'foodSafetyIncident'] as const
export type PlanCode = (typeof PLAN_CODES)[number]

export const REPORT_TYPES = ['daily', 'monthly', 'quarterly'] as const
export type ReportType = (typeof REPORT_TYPES)[number]

const acknowledgementSchema = z.object({ at: z.number(), by: z.string(), note: z.string() })
const planSchema = z.object({
  code: z.enum(PLAN_CODES),
  at: z.number(),
  by: z.string(),
  note: z.string(),
  // Optional: snapshots kept before plans had a lead and a start still read (lead '', start = at).
  lead: z.optional(z.string()),
  startsAt: z.optional(z.number()),
})
const resolutionSchema = z.object({ at: z.number(), by: z.string(), note: z.string() })
const publicationSchema = z.object({
  type: z.enum(REPORT_TYPES),
  period: z.string(),
  at: z.number(),
  by: z.string(),
})

export type Acknowledgement = z.infer<typeof acknowledgementSchema>
export type PlanRecord = z.infer<typeof planSchema>
export type Resolution = z.infer<typeof resolutionSchema>
export type PublicationRecord = z.infer<typeof publicationSchema>

export const deskSnapshotSchema = z.object({
  version: z.literal(1),
  acknowledgements: z.record(z.string(), acknowledgementSchema),
  plans: z.record(z.string(), planSchema),
  // Optional: snapshots kept before alerts could be resolved still read.
  resolutions: z.optional(z.record(z.string(), resolutionSchema)),
  publications: z.array(publicationSchema),
})
export type DeskSnapshot = z.infer<typeof deskSnapshotSchema>

export const EMPTY_DESK_SNAPSHOT: DeskSnapshot = {
  version: 1,
  acknowledgements: {},
  plans: {},
  resolutions: {},
  publications: [],
}

const publicationKey = (type: ReportType, period: string) => `${type}/${period}`

/** What the city did on an alert before anyone used the API (none, but in the `hostile-text` city). */
export interface SeededAlertSteps {
  readonly acknowledgement?: Acknowledgement
  readonly plan?: PlanRecord
}

const NO_SEEDED_STEPS: SeededAlertSteps = {}

export class DeskRecords {
  private readonly acknowledgements = new Map<string, Acknowledgement>()
  private readonly plans = new Map<string, PlanRecord>()
  private readonly resolutions = new Map<string, Resolution>()
  private readonly publications = new Map<string, PublicationRecord>()

  acknowledgementOf(alertId: string): Acknowledgement | undefined {
    return this.acknowledgements.get(alertId)
  }

  planOf(alertId: string): PlanRecord | undefined {
    return this.plans.get(alertId)
  }

  resolutionOf(alertId: string): Resolution | undefined {
    return this.resolutions.get(alertId)
  }

  /** Steps the city took on the alert before the API's records; the user's records come first. */
  seededStepsOf(_alert: { readonly id: string; readonly raisedAt: number }): SeededAlertSteps {
    return NO_SEEDED_STEPS
  }

  /** The name on the seeded report publications (report-publications.ts). */
  get seededPublisher(): string {
    return SEEDED_PUBLISHER
  }

  publicationOf(type: ReportType, period: string): PublicationRecord | undefined {
    return this.publications.get(publicationKey(type, period))
  }

  allPublications(): PublicationRecord[] {
    return [...this.publications.values()]
  }

  /** The handlers check the alert's state first; a second record would rewrite history. */
  acknowledge(alertId: string, record: Acknowledgement): void {
    if (this.acknowledgements.has(alertId)) throw new Error(`Alert ${alertId} is already acknowledged`)
    this.acknowledgements.set(alertId, record)
  }

  activatePlan(alertId: string, record: PlanRecord): void {
    if (this.plans.has(alertId)) throw new Error(`Alert ${alertId} already has a plan`)
    this.plans.set(alertId, record)
  }

  resolve(alertId: string, record: Resolution): void {
    if (this.resolutions.has(alertId)) throw new Error(`Alert ${alertId} is already resolved`)
    this.resolutions.set(alertId, record)
  }

  publish(record: PublicationRecord): void {
    const key = publicationKey(record.type, record.period)
    if (this.publications.has(key)) throw new Error(`Report ${key} is already published`)
    this.publications.set(key, record)
  }

  export(): DeskSnapshot {
    return {
      version: 1,
      acknowledgements: Object.fromEntries(this.acknowledgements),
      plans: Object.fromEntries(this.plans),
      resolutions: Object.fromEntries(this.resolutions),
      publications: [...this.publications.values()],
    }
  }

  /**
   * Replaces every record with the snapshot's. Anything unreadable (an older format, a hand
   * edit) is refused as a whole and leaves the records as they were: returns false then.
   */
  import(snapshot: unknown): boolean {
    const parsed = deskSnapshotSchema.safeParse(snapshot)
    if (!parsed.success) return false
    this.clear()
    for (const [id, record] of Object.entries(parsed.data.acknowledgements))
      this.acknowledgements.set(id, record)
    for (const [id, record] of Object.entries(parsed.data.plans)) this.plans.set(id, record)
    for (const [id, record] of Object.entries(parsed.data.resolutions ?? {})) this.resolutions.set(id, record)
    for (const record of parsed.data.publications)
      this.publications.set(publicationKey(record.type, record.period), record)
    return true
  }

  clear(): void {
    this.acknowledgements.clear()
    this.plans.clear()
    this.resolutions.clear()
    this.publications.clear()
  }
}
