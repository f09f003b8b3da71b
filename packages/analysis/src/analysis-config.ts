/**
 * Every threshold and weight of conversation, customer and queue reading. A workspace overrides
 * any of them; {@link resolveAnalysisConfig} fills in the rest from {@link DEFAULT_ANALYSIS_CONFIG}.
 */
export interface AnalysisConfig {
  readonly trend: {
    /** Weight of each older customer message relative to the next one in the weighted slope. */
    readonly recencyDecay: number
    /** |weighted slope| (score per customer message) below which a trend is "stable". */
    readonly stableSlope: number
    /** A fall from the recent best to the latest score of at least this much is "deteriorating". */
    readonly declineDrop: number
    /** How many recent customer messages the recent best looks back over. */
    readonly window: number
    /** Smallest mean shift that counts as a change point. */
    readonly changePointMin: number
    /**
     * Scores within this distance of 0 read as neutral: when every recent score is inside it, the
     * trend is stable whatever its slope.
     */
    readonly neutralBand: number
  }
  /**
   * Escalation (docs/analysis.md): a noisy-OR of the customer's sentiment trajectory and of events
   * (failed fixes, repeated asks, asks for a person, churn threats, a real wait past the SLA).
   */
  readonly escalation: {
    /** Escalate at or above this score. */
    readonly threshold: number
    /** Each earlier customer message's event signals count this much less than the next one's. */
    readonly signalDecay: number
    /** How much of the score survives when the customer's last message is a satisfied close (kept below `threshold`). */
    readonly satisfiedDamping: number
    /**
     * How the customer's readable messages fold into one 0..1 trajectory. Each message's negativity
     * mixes its score (+1..−1 read as 0..1) with its strongest of frustration, anger and
     * disappointment; the trajectory blends the mean, last and worst negativity and the worsening of
     * the later half of the messages against the opening half. The four shares sum to 1 by default;
     * the blend is capped at 1.
     */
    readonly trajectory: {
      /** Share of a message's negativity that comes from its strain emotions rather than its score. */
      readonly strainShare: number
      readonly level: number
      readonly lastMessage: number
      readonly worstMessage: number
      readonly worsening: number
      /**
       * The trajectory counts as `weights.trajectory × trajectory^exponent`: above 1, neutral
       * conversations add little (so an event keeps its own weight) while a strongly negative one
       * counts nearly in full. Order is kept either way.
       */
      readonly exponent: number
    }
    readonly weights: {
      /** The trajectory's full weight. Below `threshold` by default, so tone alone never escalates: it ranks. */
      readonly trajectory: number
      /**
       * Above `threshold` by default: a fix the customer tried and reports failed escalates by itself
       * ("ok trying a private window now", then "submit is grey again… nope." scored 0.54 at 0.5).
       */
      readonly failedFix: number
      readonly repeatedAsk: number
      readonly humanRequest: number
      readonly churnThreat: number
      readonly slaBreach: number
    }
    /** A drop of at least this much after an agent reply is a failed fix. */
    readonly failedFixDrop: number
  }
  readonly handoff: {
    readonly frustration: number
    readonly confusion: number
    /** A bot hands over at this escalation score, before a person would be escalated. */
    readonly escalation: number
  }
  readonly resolution: {
    /** A resolved conversation whose last customer score is at or below this is "resolved but unhappy". */
    readonly unhappyScore: number
  }
  readonly sla: {
    /** Minutes a customer may wait for a reply, by default and per priority tier. */
    readonly replyMinutes: number
  }
  readonly customer: {
    /** Half-life of a message's weight in the health score, in days. */
    readonly healthHalfLifeDays: number
    /** Contacts (conversations) at most this many days apart (rounded to whole days) count as repeat contacts of one another. */
    readonly repeatWindowDays: number
    /** …as long as all of them are within this many days of the latest. */
    readonly repeatSpanDays: number
    /**
     * A contact in which the customer says they are back ("same as last quarter", "third month
     * running") joins the one before it up to this many days back; a chase in which every contact
     * says so is one streak however long it runs.
     */
    readonly repeatBackDays: number
    /**
     * A contact that opens unhappy (a negative first word, or a threat to leave) after one the
     * customer left unsolved (a complaint in it, no satisfied close, a last word that is not
     * positive) joins it up to this many days back: "The third card has
     * finally arrived, but no PIN letter. I'm done." ten days after "This is your error" is the same
     * chase, though it does not say so.
     */
    readonly repeatUnresolvedDays: number
    /**
     * A contact that shares one distinctive word with the one before it ("refund", "Carleton"; two
     * make it the same problem outright) joins it up to this many days back: the chase of one refund
     * over a fortnight, a statement sent to the old address each month, a customer who names the
     * problem a little differently each time.
     */
    readonly repeatRelatedDays: number
    /**
     * A customer back this many times within the window about the same thing, whose latest contact
     * is unhappy and did not end satisfied, is deteriorating: patience wears thin with each contact
     * even when the words do not get harsher than the first complaint's. Two contacts are enough
     * when the latest says it is back ("following up again", "still no refund").
     */
    readonly persistContacts: number
    /**
     * The latest contact's mood at or below which the customer is unhappy: no customer is
     * deteriorating whose latest contact reads above it ("Hello again! Is there a way to…" after a
     * delighted thank-you is no fall).
     */
    readonly unhappyMood: number
    /**
     * A customer back `persistContacts` times or more about the same thing reads as deteriorating
     * when their latest contact reads below this, though above `unhappyMood`, and did not end
     * satisfied: the third calm "Balance still 1,240" is patience wearing thin, not calm.
     */
    readonly persistMood: number
    readonly weights: {
      readonly lowHealth: number
      readonly deterioration: number
      readonly repeatContacts: number
      readonly churnThreat: number
      readonly escalations: number
      readonly resolvedUnhappy: number
    }
    /**
     * How much of a language's usual mood in this workspace is taken out of the health of a customer
     * who writes it (see `languageShifts`): 0 reads every language alike, 1 measures each customer
     * only against the others writing their language. A half keeps a whole language's bad week visible.
     */
    readonly languageShare: number
    /**
     * How much of a low health that is the customer's own usual level counts toward churn risk: at
     * 0.5, a customer who has always written this way counts half as at risk as one who just fell
     * there. A fall below their usual counts in full.
     */
    readonly usualShare: number
    /** Value-weighting: risk × (1 + valueWeight × normalised value). */
    readonly valueWeight: number
    /** The customer value treated as "1" when normalising (e.g. annual revenue). */
    readonly valueScale: number
  }
  readonly alerts: {
    /** Raise an alert when the value-weighted churn risk reaches this. */
    readonly raise: number
    /** An active alert clears when risk falls below this (lower than `raise`: hysteresis). */
    readonly clear: number
    /** While active, re-alert only when risk rose by at least this much… */
    readonly worseBy: number
    /** …or this many hours have passed since the last alert. */
    readonly cooldownHours: number
  }
  /**
   * Change detection on the daily rollups of each segment (see detectChanges and docs/analysis.md).
   * `threshold` is the sensitivity: lower finds smaller and newer shifts, and raises more false alarms.
   */
  readonly changes: {
    /** Standard errors a shift must span, after allowing for the segment's own day-to-day wobble. */
    readonly threshold: number
    /** Smallest shift in mean score worth a finding, however sure. */
    readonly minScoreShift: number
    /** Smallest shift in the share of negative messages worth a finding (0.1 is 10 points). */
    readonly minShareShift: number
    /** The longest recent window, in days; every window from one day up to it is tried. */
    readonly recentDays: number
    /** Days of baseline before the recent window. */
    readonly baselineDays: number
    /** Fewest messages in the recent window and in the baseline. */
    readonly minMessages: number
  }
  readonly priority: {
    /**
     * What a factor at its fullest adds on its own, for the weightiest factor; the others in
     * proportion to their weights (so with the defaults a maxed urgency alone scores 0.8).
     */
    readonly strongest: number
    /** The score of a conversation whose customer is not waiting (the reply was the last word) is multiplied by this. */
    readonly notWaiting: number
    readonly weights: {
      readonly urgency: number
      readonly frustration: number
      readonly repeatContacts: number
      readonly wait: number
      readonly value: number
      readonly escalation: number
      readonly churnRisk: number
    }
  }
}

/** The documented defaults (see docs/analysis.md). */
export const DEFAULT_ANALYSIS_CONFIG: AnalysisConfig = {
  trend: { recencyDecay: 0.6, stableSlope: 0.12, declineDrop: 0.35, window: 5, changePointMin: 0.5, neutralBand: 0.3 },
  escalation: {
    threshold: 0.55,
    signalDecay: 0.7,
    satisfiedDamping: 0.4,
    trajectory: { strainShare: 0.5, level: 0.4, lastMessage: 0.25, worstMessage: 0.25, worsening: 0.1, exponent: 2 },
    weights: { trajectory: 0.5, failedFix: 0.56, repeatedAsk: 0.35, humanRequest: 0.5, churnThreat: 0.6, slaBreach: 0.35 },
    failedFixDrop: 0.3,
  },
  handoff: { frustration: 0.5, confusion: 0.6, escalation: 0.45 },
  resolution: { unhappyScore: -0.25 },
  sla: { replyMinutes: 240 },
  customer: {
    healthHalfLifeDays: 14,
    repeatWindowDays: 7,
    repeatSpanDays: 30,
    repeatBackDays: 100,
    repeatUnresolvedDays: 30,
    repeatRelatedDays: 30,
    persistContacts: 3,
    unhappyMood: -0.25,
    persistMood: -0.05,
    weights: { lowHealth: 0.35, deterioration: 0.45, repeatContacts: 0.3, churnThreat: 0.6, escalations: 0.35, resolvedUnhappy: 0.3 },
    languageShare: 0.5,
    usualShare: 0.5,
    valueWeight: 0.5,
    valueScale: 10_000,
  },
  alerts: { raise: 0.6, clear: 0.4, worseBy: 0.15, cooldownHours: 24 },
  changes: { threshold: 4.5, minScoreShift: 0.12, minShareShift: 0.08, recentDays: 14, baselineDays: 28, minMessages: 30 },
  priority: { strongest: 0.8, notWaiting: 0.5, weights: { urgency: 0.25, frustration: 0.2, repeatContacts: 0.1, wait: 0.2, value: 0.1, escalation: 0.1, churnRisk: 0.05 } },
}

/** Deeply partial, for overrides. */
export type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }

function merge<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (over === undefined) return base
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue
    const b = (base as Record<string, unknown>)[k]
    out[k] = b !== null && typeof b === 'object' && typeof v === 'object' && v !== null ? merge(b, v as DeepPartial<typeof b>) : v
  }
  return out as T
}

/** Defaults with a workspace's overrides applied; invalid numbers fall back to the default. */
export function resolveAnalysisConfig(overrides?: DeepPartial<AnalysisConfig>): AnalysisConfig {
  const merged = merge(DEFAULT_ANALYSIS_CONFIG, overrides)
  const check = (x: unknown, d: unknown): unknown => {
    // A setting whose default is negative (a score such as "unhappy at or below -0.25") takes any
    // number from -1 up; the others are counts, weights and thresholds that cannot be negative.
    if (typeof d === 'number') return typeof x === 'number' && Number.isFinite(x) && x >= (d < 0 ? -1 : 0) ? x : d
    if (d !== null && typeof d === 'object') {
      const o: Record<string, unknown> = {}
      for (const k of Object.keys(d)) o[k] = check((x as Record<string, unknown>)[k], (d as Record<string, unknown>)[k])
      return o
    }
    return x
  }
  return check(merged, DEFAULT_ANALYSIS_CONFIG) as AnalysisConfig
}
