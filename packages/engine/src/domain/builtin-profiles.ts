import type { DomainProfile } from './domain-profile.js'

const SLANG_PRAISE = 'sick|insane|nuts|filthy|nasty|beast|savage|cracked|op|goated'

/** The profiles shipped with the engine. "general" applies when no domain is given. */
export const BUILTIN_PROFILES: readonly DomainProfile[] = [
  { id: 'general', label: 'General', terms: [] },
  {
    id: 'saas',
    label: 'SaaS',
    terms: [
      { pattern: 'seat|seats|license|licenses', polarity: 0, source: 'builtin', note: 'billing nouns carry no feeling' },
      { pattern: 'downtime|outage', polarity: -0.6, source: 'builtin' },
      { pattern: 'sso|saml not? working', polarity: -0.3, source: 'builtin' },
    ],
  },
  {
    id: 'developer-tools',
    label: 'Developer tools',
    extends: 'saas',
    emotionScale: { anger: 0.6, frustration: 0.75 },
    terms: [
      { pattern: 'throwing|throws|returns|raises errors|exceptions|error|exception', polarity: -0.15, emotions: { frustration: 0.4, anger: 0.2 }, source: 'builtin', note: 'a technical report, not distress' },
      { pattern: 'left and right', polarity: 0, emotions: { anger: 0 }, source: 'builtin', note: 'idiom for "often"' },
      { pattern: 'kill|killed|killing the? process|processes|job|thread|server|container|pod', polarity: 0, source: 'builtin' },
      { pattern: 'fatal|panic|segfault|deadlock|race', polarity: -0.2, emotions: { anger: 0 }, source: 'builtin' },
      { pattern: 'timing|times|timed out', polarity: -0.15, emotions: { frustration: 0.4, anger: 0.2 }, source: 'builtin', note: 'a timeout is a technical report' },
      { pattern: 'blazing fast', polarity: 0.7, source: 'builtin' },
      { pattern: 'deprecated', polarity: -0.1, source: 'builtin' },
    ],
  },
  {
    id: 'ecommerce',
    label: 'E-commerce',
    priors: { negative: 0.1 },
    terms: [
      { pattern: 'where is|where\'s my order|package|parcel|refund', polarity: -0.4, emotions: { urgency: 0.5 }, source: 'builtin' },
      { pattern: 'out of stock', polarity: -0.3, source: 'builtin' },
      { pattern: 'arrived|came early|quickly|fast', polarity: 0.6, source: 'builtin' },
      { pattern: 'return|exchange label', polarity: 0, source: 'builtin' },
      { pattern: 'damaged|ripped|torn|dented', polarity: -0.6, source: 'builtin' },
    ],
  },
  {
    id: 'gaming',
    label: 'Gaming',
    terms: [
      { pattern: SLANG_PRAISE, polarity: 0.85, emotions: { anger: 0, frustration: 0 }, source: 'builtin', note: 'slang praise' },
      { pattern: 'killer|sick|insane|crazy graphics|update|game|gameplay|mode|map|combo|play', polarity: 0.8, source: 'builtin' },
      { pattern: 'kill|kills|killed|killing|headshot|destroyed|wrecked|pwned', polarity: 0.1, emotions: { anger: 0 }, source: 'builtin', note: 'game actions' },
      { pattern: 'lag|lagging|laggy|desync|rubberbanding|rubber-banding', polarity: -0.6, source: 'builtin' },
      { pattern: 'nerf|nerfed', polarity: -0.4, source: 'builtin' },
      { pattern: 'buff|buffed', polarity: 0.3, source: 'builtin' },
      { pattern: 'pay-to-win|p2w', polarity: -0.7, source: 'builtin' },
    ],
  },
  {
    id: 'healthcare',
    label: 'Healthcare',
    priors: { positive: -0.1 },
    terms: [
      { pattern: 'sick|ill|unwell|nauseous|dizzy', polarity: -0.7, source: 'builtin', note: 'literal illness' },
      { pattern: 'pain|painful|hurts|bleeding|fever|symptoms', polarity: -0.6, emotions: { urgency: 0.5 }, source: 'builtin' },
      { pattern: 'positive|negative test|result|results', polarity: 0, source: 'builtin', note: 'test results are not feelings' },
      { pattern: 'test|tested|tests positive|negative', polarity: 0, source: 'builtin' },
      { pattern: 'appointment|prescription|refill', polarity: 0, source: 'builtin' },
    ],
  },
  {
    id: 'finance',
    label: 'Finance',
    terms: [
      { pattern: 'charge|charges|charged', polarity: -0.2, source: 'builtin', note: 'usually a dispute' },
      { pattern: 'unauthorized|unauthorised|fraud|fraudulent|stolen', polarity: -0.8, emotions: { urgency: 0.8 }, source: 'builtin' },
      { pattern: 'frozen|locked account|card', polarity: -0.6, emotions: { urgency: 0.6 }, source: 'builtin' },
      { pattern: 'interest|balance|statement|credit|debit', polarity: 0, source: 'builtin' },
    ],
  },
  {
    id: 'telecom',
    label: 'Telecom',
    terms: [
      { pattern: 'no signal|service|coverage|internet', polarity: -0.6, emotions: { urgency: 0.5 }, source: 'builtin' },
      { pattern: 'dropped|dropping calls|call', polarity: -0.6, source: 'builtin' },
      { pattern: 'roaming|overage charges|charge|fees', polarity: -0.4, source: 'builtin' },
      { pattern: 'unlimited|5g|fiber|fibre', polarity: 0, source: 'builtin' },
    ],
  },
]
