/** What an Intercom connector is configured with: an access token, the app's client secret (webhook signing key), the admin Undertone acts as. */
import type { VendorSpec } from '../../vendor-adapter.js'

/** The conversation attribute priority is written to: Intercom's own priority flag is not in the documented update body. */
export const INTERCOM_DEFAULT_PRIORITY_ATTRIBUTE = 'Undertone priority'

/** Intercom: options for the CLI, the API and the dashboard. */
export const intercomSpec: VendorSpec = {
  kind: 'intercom',
  title: 'Intercom',
  options: [
    { key: 'accessToken', flag: 'access-token', secret: true, required: true, help: 'Access token of your Intercom app (Developer Hub → your app → Authentication)' },
    {
      key: 'clientSecret',
      flag: 'client-secret',
      secret: true,
      required: true,
      help: "Your app's client secret (Developer Hub → Basic information); Intercom signs webhooks with it",
    },
    { key: 'adminId', flag: 'admin-id', secret: false, required: true, help: "Id of the admin (teammate) tags and notes are written as; create a dedicated 'Undertone' teammate" },
    { key: 'appId', flag: 'app-id', secret: false, required: false, help: 'Your workspace (app) id, for links to conversations in the Intercom inbox' },
    {
      key: 'priorityAttribute',
      flag: 'priority-attribute',
      secret: false,
      required: false,
      help: `Conversation data attribute priority is written to (default '${INTERCOM_DEFAULT_PRIORITY_ATTRIBUTE}'; create it in Settings → Data → Conversations; empty: do not write priority)`,
    },
  ],
  webhookSecretKey: 'clientSecret',
}
