/**
 * @module
 * A typed client for the Undertone API: `createClient({ baseUrl, apiKey })`. Its types come from
 * the server's route declarations (`AppType`), the same contract as /openapi.json and the dashboard.
 */
export {
  type Accepted,
  type AcceptedAndRead,
  type AlertPage,
  type AlertQuery,
  type BatchMessage,
  type ClientOptions,
  type Conversation,
  type Customer,
  type LookupOptions,
  type MessageInput,
  type QueueItem,
  type Reading,
  type ScoreContext,
  type ScoreReading,
  type SendOptions,
  type Stats,
  type UndertoneClient,
  createClient,
} from './create-client.js'
export { UndertoneError } from './undertone-error.js'
