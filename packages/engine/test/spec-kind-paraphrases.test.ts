import { describe, expect, it } from 'vitest'
import { createReader, type Reading } from '../src/node/index.js'
import { type Expect, misses } from './spec-expectations.js'

// Sentences written for this test: two or three paraphrases of every English kind of reading case
// the spec lists, so a rule that only fits the spec's own wording shows here (docs/reader-accuracy.md,
// "Support phrasings of every spec kind").
const CASES: readonly { readonly id: string; readonly text: string; readonly expect: Expect }[] = [
  { id: "grudging-1", text: "Okay, I suppose that will do.", expect: {"sentiment_not": "positive", "frustration_min": 0.3, "satisfaction_max": 0.35, "cue": "grudging-acceptance"} },
  { id: "grudging-2", text: "Sure, whatever works.", expect: {"sentiment_not": "positive", "frustration_min": 0.3, "satisfaction_max": 0.35, "cue": "grudging-acceptance"} },
  { id: "grudging-3", text: "Alright, I guess I can live with it.", expect: {"sentiment_not": "positive", "frustration_min": 0.3, "satisfaction_max": 0.35, "cue": "grudging-acceptance"} },
  { id: "explicit-1", text: "I am so fed up with this service.", expect: {"sentiment": "negative", "frustration_min": 0.7, "cue_explicit": true} },
  { id: "explicit-2", text: "Honestly I'm really annoyed at how this has been handled.", expect: {"sentiment": "negative", "frustration_min": 0.7, "cue_explicit": true} },
  { id: "third-1", text: "This is the fourth email I have sent about my refund.", expect: {"sentiment": "negative", "frustration_min": 0.5, "cue": "repeat-contact", "cue_explicit": false} },
  { id: "third-2", text: "I've already reported this twice and nothing has changed.", expect: {"sentiment": "negative", "frustration_min": 0.5, "cue": "repeat-contact", "cue_explicit": false} },
  { id: "third-3", text: "Writing again about the same billing problem.", expect: {"sentiment": "negative", "frustration_min": 0.5, "cue": "repeat-contact", "cue_explicit": false} },
  { id: "int-excl", text: "The login page is broken!!!", expect: {"sentiment": "negative", "intensity_gt_case": "int-period"} },
  { id: "int-period", text: "The login page is broken.", expect: {"sentiment": "negative"} },
  { id: "sarc-1", text: "Oh wonderful, another outage right before payroll.", expect: {"sentiment": "negative", "sarcasm_min": 0.5} },
  { id: "sarc-2", text: "Just great, the new version deleted all my settings.", expect: {"sentiment": "negative", "sarcasm_min": 0.5} },
  { id: "sarc-3", text: "Yeah right, like that fix was ever going to work.", expect: {"sentiment": "negative", "sarcasm_min": 0.5} },
  { id: "urgent-1", text: "Our board meeting starts in 30 minutes and the dashboard won't load", expect: {"urgency_min": 0.7, "cue": "time-pressure"} },
  { id: "urgent-2", text: "We go live tomorrow morning and checkout is failing", expect: {"urgency_min": 0.7, "cue": "time-pressure"} },
  { id: "confused-1", text: "I'm not sure what I'm supposed to do here", expect: {"confusion_min": 0.5, "score_min": -0.5} },
  { id: "confused-2", text: "Am I doing something wrong?", expect: {"confusion_min": 0.5, "score_min": -0.5} },
  { id: "confused-3", text: "I don't really get how the billing cycles work", expect: {"confusion_min": 0.5, "score_min": -0.5} },
  { id: "sat-high-1", text: "Works like a charm now, thanks so much!", expect: {"sentiment": "positive", "satisfaction_min": 0.7} },
  { id: "sat-high-2", text: "That fixed it, you're a lifesaver!", expect: {"sentiment": "positive", "satisfaction_min": 0.7} },
  { id: "sat-low-1", text: "Ok, that's acceptable", expect: {"satisfaction_below_case_by": ["sat-high-1", 0.3]} },
  { id: "jargon-1", text: "The webhook endpoint keeps returning 500 errors", expect: {"anger_max": 0.3, "frustration_max": 0.5, "cue": "issue-report"} },
  { id: "jargon-2", text: "Our build fails with a null pointer exception since the SDK update", expect: {"anger_max": 0.3, "frustration_max": 0.5, "cue": "issue-report"} },
  { id: "ambig-1", text: "This is insane", expect: {"needs_review": true} },
  { id: "ambig-2", text: "I can't believe this", expect: {"needs_review": true} },
  { id: "clipped-1", text: "Cleared cache. Reinstalled. Still nothing.", expect: {"sentiment": "negative", "frustration_min": 0.5, "cue": "clipped-sentences"} },
  { id: "clipped-2", text: "Same error. Different browser. No luck.", expect: {"sentiment": "negative", "frustration_min": 0.5, "cue": "clipped-sentences"} },
  { id: "churn-1", text: "Fix the sync by Monday or we are moving to another provider.", expect: {"sentiment": "negative", "urgency_min": 0.5, "cue": "churn-threat"} },
  { id: "churn-2", text: "If the invoices aren't correct by the end of the week, we'll cancel our contract.", expect: {"sentiment": "negative", "urgency_min": 0.5, "cue": "churn-threat"} },
  { id: "human-1", text: "Could I speak to a manager please?", expect: {"cue": "human-request"} },
  { id: "human-2", text: "I want to talk to an actual human, not a bot.", expect: {"cue": "human-request"} },
  { id: "formal-1", text: "Kindly confirm receipt of the attached documents at your earliest convenience.", expect: {"score_min": -0.4, "frustration_max": 0.4} },
  { id: "formal-2", text: "Please let us know the expected resolution date for case 5521.", expect: {"score_min": -0.4, "frustration_max": 0.4} },
  { id: "polite-demand-1", text: "Please do better.", expect: {"sentiment_not": "positive"} },
  { id: "polite-demand-2", text: "Kindly fix your billing system.", expect: {"sentiment_not": "positive"} },
  { id: "negated-problem-1", text: "No issues so far.", expect: {"sentiment_not": "negative"} },
  { id: "negated-problem-2", text: "Never had any trouble with it.", expect: {"sentiment_not": "negative"} },
  { id: "unbel-pos-1", text: "Unbelievable, the new sync is ten times faster!", expect: {"sentiment": "positive"} },
  { id: "neg-urg-1", text: "The footer link points to the old page. Not urgent at all, fix it whenever.", expect: {"urgency_max": 0.3, "sentiment_not": "positive"} },
  { id: "neg-urg-2", text: "One of the report columns is misaligned, no rush.", expect: {"urgency_max": 0.3, "sentiment_not": "positive"} },
  { id: "thanks-but-1", text: "I appreciate the quick reply, however the export still times out every single time.", expect: {"sentiment": "negative", "frustration_min": 0.4, "satisfaction_max": 0.3} },
  { id: "thanks-but-2", text: "Thanks for the help, but the app is still crashing on launch.", expect: {"sentiment": "negative", "frustration_min": 0.4, "satisfaction_max": 0.3} },
  { id: "sarc-sugg-1", text: "Turn it off and on again? Wow, groundbreaking advice.", expect: {"sentiment_not": "positive", "sarcasm_min": 0.5} },
  { id: "sarc-prem-1", text: "Love paying extra for priority support that never answers.", expect: {"sentiment": "negative", "sarcasm_min": 0.5} },
  { id: "sarc-prem-2", text: "Great value, paying for a tool that has been down all week.", expect: {"sentiment": "negative", "sarcasm_min": 0.5} },
  { id: "leaving-1", text: "I'm leaving for Chicago on Friday, could you ship it to my hotel?", expect: {"cue_not": "churn-threat", "sentiment_not": "negative"} },
  { id: "leaving-2", text: "We're leaving the office at 5 today, can the technician come earlier?", expect: {"cue_not": "churn-threat", "sentiment_not": "negative"} },
  { id: "plain-q-1", text: "Do you offer a discount for nonprofits?", expect: {"sentiment": "neutral", "sarcasm_max": 0.15, "urgency_max": 0.35} },
  { id: "plain-q-2", text: "How can I add a second admin to our workspace?", expect: {"sentiment": "neutral", "sarcasm_max": 0.15, "urgency_max": 0.35} },
  { id: "plain-thanks-1", text: "Thank you, that worked!", expect: {"sentiment": "positive", "sarcasm_max": 0.15, "satisfaction_min": 0.6} },
  { id: "plain-thanks-2", text: "Perfect, thanks a lot for the quick fix.", expect: {"sentiment": "positive", "sarcasm_max": 0.15, "satisfaction_min": 0.6} },
  { id: "greeting-1", text: "hi there", expect: {"sentiment": "neutral", "sarcasm_max": 0.15} },
  { id: "greeting-2", text: "Good afternoon", expect: {"sentiment": "neutral", "sarcasm_max": 0.15} },
  { id: "polite-deadline-1", text: "Our tax filing is due at 5pm today and the reports page keeps timing out. Please help if you can.", expect: {"urgency_min": 0.6, "sentiment_not": "positive"} },
  { id: "polite-deadline-2", text: "We present to investors tomorrow at 9 and the charts are empty. Thank you for looking.", expect: {"urgency_min": 0.6, "sentiment_not": "positive"} },
]

const reader = createReader()
const readings = new Map(CASES.map((c) => [c.id, reader.read(c.text)]))

describe('paraphrases of every kind of reading case', () => {
  it.each(CASES.map((c) => [c.id, c.text, c.expect] as const))('%s: "%s"', (id, text, e) => {
    const r = readings.get(id) as Reading
    expect(misses(r, e, readings), `${text} → ${r.sentiment.label} ${r.sentiment.score} ${r.cues.map((c) => c.kind).join(', ')}`).toEqual([])
  })
})
