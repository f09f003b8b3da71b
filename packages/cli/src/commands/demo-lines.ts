// What the demo's customers and agents say: sentences written for the demo, none from a data set.

/**
 * A product area of the demo: its share of everyday contacts, the Settings section it lives in,
 * what customers praise in it, and its everyday bugs and questions.
 */
export interface DemoArea {
  readonly weight: number
  readonly section: string
  readonly praise: string
  readonly bug: readonly string[]
  readonly ask: readonly string[]
}

/** The demo's product areas. Weights are shares of the everyday (pre-incident) traffic. */
export const DEMO_AREAS: Readonly<Record<string, DemoArea>> = {
  billing: { weight: 0.22, section: 'Billing', praise: 'new invoice layout', bug: ['I was charged twice this month', 'the invoice shows the wrong amount', 'the invoice PDF has last month’s address'], ask: ['how do I change the billing email', 'can I get an invoice with our VAT number', 'can we switch to yearly billing'] },
  login: { weight: 0.2, section: 'Security', praise: 'new sign-in page', bug: ['the password reset link expired before I could use it', 'SSO sends me back to the login page', 'the two-factor code is not accepted'], ask: ['how do I add two-factor authentication', 'can I change the email I log in with', 'how do I invite a colleague'] },
  reporting: { weight: 0.18, section: 'Reports', praise: 'new report builder', bug: ['the weekly report is missing last week', 'the dashboard charts are blank', 'report totals do not match the table'], ask: ['can I share a report with a client', 'how do I add a custom field to reports', 'can reports be emailed every Monday'] },
  integrations: { weight: 0.16, section: 'Integrations', praise: 'Slack integration', bug: ['the Slack integration disconnected', 'the webhook returns a 500 status', 'the calendar sync duplicated my events'], ask: ['do you integrate with Teams', 'how do I rotate the webhook secret', 'can the Slack messages go to a private channel'] },
  notifications: { weight: 0.12, section: 'Notifications', praise: 'daily digest', bug: ['notifications arrive hours late', 'I get every notification three times', 'mobile push notifications stopped'], ask: ['how do I mute notifications at night', 'can I get a daily digest instead', 'can I turn off the weekly summary email'] },
  export: { weight: 0.12, section: 'Export', praise: 'scheduled export', bug: ['exported dates are in the wrong timezone', 'the CSV export leaves out archived items', 'the export file name has no date'], ask: ['can the export include archived items', 'how do I schedule a weekly export', 'can I export to Excel instead of CSV'] },
}

/** The planted product problem: after a release, exports stop at 80%. Every report of it names it this way. */
export const INCIDENT_REPORTS: readonly string[] = [
  'Our CSV export stops at 80% and never finishes.',
  'The export stops at 80% and fails every time. This is blocking us.',
  'Export stops at 80% again. Please fix this.',
  'Our export stops at 80% and nothing we try works.',
]

/** Words a customer puts around an everyday bug report. */
export const BUG_TAILS: readonly string[] = ['Can you please look into it?', 'Could you take a look?', 'Any idea what is going on?', 'Please check.']
export const URGENT_TAILS: readonly string[] = ['I have a client demo in two hours, this is urgent!', 'Our board meeting is tomorrow morning and I need this fixed today.', 'We go live today and need this working ASAP.']
export const CONFUSED_OPENERS: readonly string[] = ["I'm not sure if I'm doing this right:", 'Maybe I am missing something, but', 'I looked in the help center but could not find it:']
export const GREETINGS: readonly string[] = ['Hi there!', 'Hello!', 'Hi team,', 'Hi,']
export const PRAISE: readonly string[] = ['works perfectly', 'is fantastic', 'saved us hours this week', 'is so much faster']

/** The customer's last word when the answer helped. */
export const THANKS_ANSWER: readonly string[] = ['Perfect, that is exactly what I needed. Thanks!', 'Got it, thank you!', 'Found it, thanks for the quick answer.']
/** The customer's last word when the fix worked. */
export const THANKS_FIX: readonly string[] = ['That fixed it, thanks a lot!', 'Works perfectly now, thank you!', 'Great, all sorted. Thanks for the quick help.']
/** The customer's answer when the first suggestion did not work. */
export const STILL_BROKEN: readonly string[] = ['I tried that, but it is still not working.', 'Unfortunately I still have the same problem.']
/** The customer's last word after engineering fixed it. */
export const LATE_THANKS: readonly string[] = ['It works now, thanks for following up.', 'Confirmed, it is working again. Thank you!']

export const AGENT_ANSWERS = (section: string): readonly string[] => [`Good question! You will find that in Settings › ${section}. Let me know if anything is unclear.`, `Happy to help: open Settings › ${section} and you can change it there.`]
export const AGENT_FIXES = (section: string): readonly string[] => ['Sorry about that! Could you clear your browser cache and try again?', `Thanks for reporting it. I've reset your ${section} settings on our side; please try again.`]
export const AGENT_ESCALATES = "I've passed this to our engineers and will update you today."
export const AGENT_FIXED = 'Our engineers found the cause and shipped a fix. Could you check again?'
export const AGENT_CLOSES: readonly string[] = ["Glad it's sorted! I'll close this ticket.", 'Great to hear. Closing this one, have a good day!']
export const AGENT_PRAISED = "Thank you, that's lovely to hear! I'll pass it on to the team."
export const BOT_ARTICLE = (section: string): string => `Here is an article about ${section} settings that may help.`

/** The agents' answer to the incident, and what customers say back. */
export const AGENT_INCIDENT = 'Sorry about that! It is a known problem since the last release and our engineers are working on a fix. Exporting a shorter date range works in the meantime.'
export const INCIDENT_WORKAROUND_OK: readonly string[] = ['Okay, the shorter range works for now. Thanks.', 'Thanks, the shorter range went through.']
export const INCIDENT_WORKAROUND_FAILS: readonly string[] = ['With a shorter range the export stops at 80% too.', 'Even a small export stops at 80%. We need this fixed.']
export const AGENT_INCIDENT_FOLLOW = "I've added your account to the engineering ticket and will update you as soon as the fix ships."

/**
 * A customer at risk, one conversation after another about the same bug: a failed fix, a second
 * contact, then a third with a churn threat. `bug` is one of the area's bugs.
 */
export const AT_RISK_STORY: readonly ((bug: string) => { opening: string; reply: string; answer?: string; last?: string })[] = [
  (bug) => ({ opening: `${capitalize(bug)}. ${BUG_TAILS[0]}`, reply: 'Sorry about that! Could you clear your browser cache and try again?', answer: 'I tried that, but it is still not working.', last: AGENT_ESCALATES }),
  (bug) => ({ opening: `This is the second time I'm writing about this: ${bug}. Nothing you suggested has worked.`, reply: "I'm sorry, our engineers are looking into it.", answer: 'That is what you said last week.', last: "I understand your frustration. I'll call you as soon as I have news." }),
  (bug) => ({ opening: `This is the third time I'm contacting you. ${capitalize(bug)}. If this is not fixed by Friday we are cancelling our subscription.`, reply: "I understand. I've asked our lead engineer to call you today." }),
]

/** The sentence with its first letter upper-case. */
export function capitalize(s: string): string {
  return s.length === 0 ? s : `${s[0]?.toUpperCase()}${s.slice(1)}`
}
