/** Zendesk's `via.channel` values (coarse REST names and finer via types) as canonical channels. */

const CHANNELS: Readonly<Record<string, string>> = {
  email: 'email',
  mail: 'email',
  web: 'web_form',
  web_form: 'web_form',
  web_widget: 'chat',
  chat: 'chat',
  native_messaging: 'messaging',
  messaging: 'messaging',
  api: 'api',
  web_service: 'api',
  voice: 'phone',
  phone_call_inbound: 'phone',
  phone_call_outbound: 'phone',
  voicemail: 'voicemail',
  sms: 'sms',
  text_message: 'sms',
  whatsapp: 'whatsapp',
  twitter: 'social_twitter',
  twitter_dm: 'social_twitter',
  facebook: 'social_facebook',
  facebook_post: 'social_facebook',
  facebook_message: 'social_facebook',
  instagram_dm: 'social_instagram',
}

/** The canonical channel for a Zendesk via channel in any case; `other` for what the table does not know. */
export function zendeskChannel(via: string | undefined): string | undefined {
  if (via === undefined) return undefined
  return CHANNELS[via] ?? 'other'
}
