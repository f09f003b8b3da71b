export type {
  AlertKind,
  AlertNotice,
  AlertSeverity,
  DeliverOptions,
  DestinationConfig,
  DestinationKind,
  EmailDestination,
  SlackDestination,
  TeamsDestination,
  WebhookDestination,
} from './destination.js'
export { deliver } from './deliver.js'
export { describeDestination, type DestinationDescription } from './describe-destination.js'
export { deliverEmail, escapeHtml, renderEmail, type EmailMessage, type SmtpPolicy } from './email.js'
export { MAX_RETRIES, RETRY_BASE_MS, RETRY_CAP_MS, nextAttemptDelay } from './next-attempt-delay.js'
export { deliverSlack, escapeSlack, renderSlack, type SlackBlock, type SlackMessage, type SlackText } from './slack.js'
export { deliverTeams, escapeTeams, renderTeams, type AdaptiveElement, type TeamsMessage } from './teams.js'
export { WEBHOOK_EVENT_TYPE, deliverWebhook, generateWebhookSecret, renderWebhook, type WebhookEnvelope } from './webhook.js'
