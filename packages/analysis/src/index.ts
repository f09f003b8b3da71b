/**
 * @module
 * Conversation and customer reading, pure: sentiment arcs and trends, escalation and handoff,
 * customer health and churn risk with alert hysteresis, and queue priority. Time is passed in.
 */
export * from './analysis-config.js'
export * from './conversation-input.js'
export * from './normalize-conversation.js'
export * from './weighted-trend.js'
export * from './read-conversation.js'
export * from './conversation-fold.js'
export * from './conversation-state.js'
export * from './read-customer.js'
export * from './decide-alert.js'
export * from './priority.js'
export * from './rebuild-threads.js'
export { type Reason, noisyOr } from './reason.js'
export * from './detect-changes.js'
export * from './conversation-facts.js'
export * from './resolution-metrics.js'
export * from './targets.js'
export * from './negative-drivers.js'
export * from './review-labels.js'
export * from './accuracy-over-time.js'
export * from './topics.js'
export * from './customer-turn.js'
export * from './conversation-urgency.js'
export * from './reading-context.js'
export * from './to-message-reading.js'
