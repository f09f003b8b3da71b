import { BUILTIN_PROFILES } from '../domain/builtin-profiles.js'
import type { DomainProfile, DomainTerm } from '../domain/domain-profile.js'
import type { CueRule } from '../signals/cue-rules.js'
import { type CueIndex, buildCueIndex } from '../signals/detect-cues.js'
import { type Emotion, SENTIMENT_LABELS } from './reading.js'

/** A domain profile ready to read with: its terms (with those of the profiles it extends) as a cue index, its summed priors and emotion scales. */
export interface CompiledProfile {
  readonly profile: DomainProfile
  readonly index: CueIndex | undefined
  readonly priors: readonly [number, number, number]
  readonly emotionScale: Partial<Record<Emotion, number>>
}

/**
 * The built-in profiles and `extra` (which override built-ins of the same id), each compiled with
 * the chain of profiles it extends (at most 8 deep; a cycle stops the chain).
 */
export function compileProfiles(extra: readonly DomainProfile[]): Map<string, CompiledProfile> {
  const byId = new Map<string, DomainProfile>()
  for (const p of BUILTIN_PROFILES) byId.set(p.id, p)
  for (const p of extra) byId.set(p.id, p)
  const out = new Map<string, CompiledProfile>()
  for (const p of byId.values()) {
    const chain: DomainProfile[] = []
    for (let cur: DomainProfile | undefined = p; cur !== undefined && chain.length < 8; cur = cur.extends === undefined ? undefined : byId.get(cur.extends)) {
      if (chain.includes(cur)) break
      chain.unshift(cur)
    }
    const terms: DomainTerm[] = chain.flatMap((c) => c.terms)
    const priors: [number, number, number] = [0, 0, 0]
    const emotionScale: Partial<Record<Emotion, number>> = {}
    for (const c of chain) {
      SENTIMENT_LABELS.forEach((l, i) => {
        priors[i] = (priors[i] as number) + (c.priors?.[l] ?? 0)
      })
      Object.assign(emotionScale, c.emotionScale)
    }
    const rules: CueRule[] = terms.map((t) =>
      t.emotions === undefined
        ? { kind: 'domain-term', explicit: false, weight: t.polarity, strength: 0, patterns: [t.pattern] }
        : { kind: 'domain-term', explicit: false, weight: t.polarity, strength: 0, patterns: [t.pattern], emotionFactors: t.emotions },
    )
    out.set(p.id, { profile: p, index: rules.length > 0 ? buildCueIndex(rules) : undefined, priors, emotionScale })
  }
  return out
}
