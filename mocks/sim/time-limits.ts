/**
 * The time limits the simulator draws deadlines against. They are configuration, not constants:
 * the national complaint rule changed on 2026-04-15 (SAMR Order No. 121 replaced Order No. 20),
 * and local 12345 rules differ by province.
 *
 * Two named rule sets exist; the former rule is the default because its values are the confirmed
 * common reference (domain brief). Every limit is a whole number of working days (the day the
 * clock starts is not counted, see calendar.ts), except `penaltyCase` and
 * `penaltyCaseExtension`, which the penalty-procedure rule counts in calendar days.
 */
import * as z from 'zod/mini'

export const TIME_LIMIT_FIELDS = [
  'complaintAcceptance',
  'mediation',
  'reportVerification',
  'reportVerificationExtension',
  'reporterNotice',
  'penaltyCase',
  'penaltyCaseExtension',
  'hotline12345Handling',
  'hotline12345Extension',
  'wrongUnitReturn',
  'terminationNotice',
  'followUpCall',
  'dispatch',
  'warningWindow',
  'supervisionAfterOverdue',
  'analysisPublication',
  'spikeWarning',
] as const
export type TimeLimitField = (typeof TIME_LIMIT_FIELDS)[number]
export type TimeLimits = Readonly<Record<TimeLimitField, number>>

export type TimeLimitUnit = 'workingDays' | 'calendarDays'
/** `rule`: a published rule; `localPractice`: observed practice; `proposal`: our own definition. */
export type TimeLimitBasis = 'rule' | 'localPractice' | 'proposal'

export interface TimeLimitDefinition {
  readonly unit: TimeLimitUnit
  readonly basis: TimeLimitBasis
  /** What the limit runs from and to (for the API's KPI descriptions and for people). */
  readonly description: string
}

export const TIME_LIMIT_DEFINITIONS: Readonly<Record<TimeLimitField, TimeLimitDefinition>> = {
  complaintAcceptance: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'Complaint initial review (初查): decide on acceptance, from receipt.',
  },
  mediation: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'Mediation ends without agreement, from acceptance; testing or appraisal time excluded.',
  },
  reportVerification: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'Report lead verified (核查), from receipt (administrative-penalty procedure rule).',
  },
  reportVerificationExtension: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'Extra verification time when an extension is approved.',
  },
  reporterNotice: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'Real-name reporter told of the filing decision, from the decision.',
  },
  penaltyCase: {
    unit: 'calendarDays',
    basis: 'rule',
    description: 'Penalty case under the ordinary procedure decided, from opening.',
  },
  penaltyCaseExtension: {
    unit: 'calendarDays',
    basis: 'rule',
    description: 'Extra time for a penalty case when an extension is approved.',
  },
  hotline12345Handling: {
    unit: 'workingDays',
    basis: 'rule',
    description: '12345 item handled and replied to (Shandong), from the ticket reaching the unit.',
  },
  hotline12345Extension: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'At most this much extra for a complex 12345 item, with approval.',
  },
  wrongUnitReturn: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'A 12345 ticket sent to the wrong unit is returned, from dispatch.',
  },
  terminationNotice: {
    unit: 'workingDays',
    basis: 'rule',
    description: 'Complainant told of termination or refusal, from the decision.',
  },
  followUpCall: {
    unit: 'workingDays',
    basis: 'localPractice',
    description: 'Follow-up call (回访), from closure.',
  },
  dispatch: {
    unit: 'workingDays',
    basis: 'proposal',
    description: 'Routed to the handling unit (及时分流), from receipt.',
  },
  warningWindow: {
    unit: 'workingDays',
    basis: 'localPractice',
    description: 'Yellow card: an open item enters the warning window this long before its deadline.',
  },
  supervisionAfterOverdue: {
    unit: 'workingDays',
    basis: 'proposal',
    description: 'Overdue item put under supervision (督办), from the deadline (及时督办).',
  },
  analysisPublication: {
    unit: 'workingDays',
    basis: 'proposal',
    description: 'Periodic analysis published, from the end of the period (及时分析).',
  },
  spikeWarning: {
    unit: 'workingDays',
    basis: 'proposal',
    description: 'Spike warning raised, from the day a category exceeds its baseline (及时分析).',
  },
}

export const TIME_LIMIT_RULE_SET_IDS = ['samr-order-20-2022', 'samr-order-121-2026'] as const
export type TimeLimitRuleSetId = (typeof TIME_LIMIT_RULE_SET_IDS)[number]

export interface TimeLimitRuleSet {
  readonly id: TimeLimitRuleSetId
  readonly name: string
  /** The first China day the national rule applied. */
  readonly effectiveFrom: string
  readonly limits: TimeLimits
  /** Fields whose value in this set is not confirmed from the rule's text (assumed, to review). */
  readonly assumedFields: readonly TimeLimitField[]
  readonly note: string
}

const FORMER_LIMITS: TimeLimits = Object.freeze({
  complaintAcceptance: 7,
  mediation: 45,
  reportVerification: 15,
  reportVerificationExtension: 15,
  reporterNotice: 5,
  penaltyCase: 90,
  penaltyCaseExtension: 30,
  hotline12345Handling: 5,
  hotline12345Extension: 10,
  wrongUnitReturn: 2,
  terminationNotice: 7,
  followUpCall: 2,
  dispatch: 1,
  warningWindow: 1,
  supervisionAfterOverdue: 1,
  analysisPublication: 5,
  spikeWarning: 1,
})

export const TIME_LIMIT_RULE_SETS: Readonly<Record<TimeLimitRuleSetId, TimeLimitRuleSet>> = {
  'samr-order-20-2022': {
    id: 'samr-order-20-2022',
    name: 'SAMR Order No. 20 (2020), as amended in 2022',
    effectiveFrom: '2020-03-01',
    limits: FORMER_LIMITS,
    assumedFields: [],
    note: 'The former national complaint rule; the confirmed common reference and the default.',
  },
  'samr-order-121-2026': {
    id: 'samr-order-121-2026',
    name: 'SAMR Order No. 121 (published 2025-12-30)',
    effectiveFrom: '2026-04-15',
    // Only the complaint rule changed; report, penalty and 12345 limits come from other rules.
    limits: Object.freeze({ ...FORMER_LIMITS, mediation: 60 }),
    // Not confirmed from the new rule's text: the brief says mediation "may" be 60 and that the
    // other complaint limits were not all confirmed, so every complaint-rule field is listed.
    assumedFields: ['complaintAcceptance', 'mediation', 'terminationNotice'],
    note: 'The 2026 national complaint rule. Mediation 60 is assumed; acceptance and termination notice are assumed unchanged.',
  },
}

export const DEFAULT_TIME_LIMIT_RULE_SET: TimeLimitRuleSetId = 'samr-order-20-2022'
export const DEFAULT_TIME_LIMITS: TimeLimits = TIME_LIMIT_RULE_SETS[DEFAULT_TIME_LIMIT_RULE_SET].limits

/** The largest limit accepted: beyond it a typo is likelier than a rule (and day loops stay short). */
export const MAX_TIME_LIMIT = 400

const limitSchema = z.optional(z.int().check(z.gte(0), z.lte(MAX_TIME_LIMIT)))

/** Overrides: an optional base rule set, plus any limits to replace. Unknown keys are errors. */
export const timeLimitOverridesSchema = z.strictObject({
  ruleSet: z.optional(z.enum(TIME_LIMIT_RULE_SET_IDS)),
  ...(Object.fromEntries(TIME_LIMIT_FIELDS.map((field) => [field, limitSchema])) as Record<
    TimeLimitField,
    typeof limitSchema
  >),
})
export type TimeLimitOverrides = z.infer<typeof timeLimitOverridesSchema>

/** A bad override; `field` names the offending key (the message says why). */
export class TimeLimitsError extends Error {
  override readonly name = 'TimeLimitsError'
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * The limits to simulate with: the chosen rule set (default: the former rule) with `overrides`
 * applied. `overrides` may come from a URL, a scenario or a test, so it is validated: a negative,
 * non-integer, too large or non-numeric limit, an unknown rule set or an unknown field throws a
 * TimeLimitsError naming the field.
 */
export function resolveTimeLimits(overrides: unknown = {}): TimeLimits {
  const parsed = timeLimitOverridesSchema.safeParse(overrides)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    if (issue?.code === 'unrecognized_keys') {
      const field = issue.keys.join(', ')
      throw new TimeLimitsError(field, `Unknown time limit: ${field}`)
    }
    const field = issue?.path.map(String).join('.') ?? ''
    if (field === '') throw new TimeLimitsError('', 'Time limit overrides must be an object')
    if (field === 'ruleSet') {
      throw new TimeLimitsError(field, `ruleSet must be one of ${TIME_LIMIT_RULE_SET_IDS.join(', ')}`)
    }
    throw new TimeLimitsError(field, `${field} must be a whole number of days from 0 to ${MAX_TIME_LIMIT}`)
  }
  const { ruleSet = DEFAULT_TIME_LIMIT_RULE_SET, ...limits } = parsed.data
  const resolved: Record<TimeLimitField, number> = { ...TIME_LIMIT_RULE_SETS[ruleSet].limits }
  for (const field of TIME_LIMIT_FIELDS) {
    const value = limits[field]
    if (value !== undefined) resolved[field] = value
  }
  return Object.freeze(resolved)
}
