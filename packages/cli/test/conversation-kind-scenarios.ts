/**
 * Conversations of the kinds the product must read right, written for these tests: two or three
 * retellings of each kind in other products, words and timings, plus a customer who keeps coming
 * back happy. None is copied from a data set or from the spec.
 */

/** One message of a scenario; `conversation` names the contact when a customer has several. */
export interface ScenarioMessage {
  readonly role: 'customer' | 'agent'
  readonly text: string
  readonly at: string
  readonly conversation?: string
}

/** What the first conversation and the customer must read as. */
export interface ScenarioExpect {
  readonly arc?: readonly string[]
  readonly arcLast?: string
  readonly trend?: string
  readonly trendNot?: string
  readonly escalate?: boolean
  readonly resolutionDeltaMin?: number
  readonly urgencyMin?: number
  readonly noCue?: string
  readonly customerTrend?: string
  readonly customerTrendNot?: string
  readonly alert?: boolean
  readonly repeatContactsMin?: number
}

/** A scenario: its kind, messages in time order and what it must read as. */
export interface Scenario {
  readonly id: string
  readonly kind: string
  readonly messages: readonly ScenarioMessage[]
  readonly expect: ScenarioExpect
}

/** The scenarios. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'esc-cust-1',
    kind: 'friendly to demanding',
    messages: [
      { role: 'customer', text: 'Hello! The shipping label printer stopped printing barcodes, any ideas?', at: '2026-06-01T09:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Hi! Try reinstalling the printer driver from our downloads page.', at: '2026-06-01T09:30:00Z', conversation: 'a' },
      { role: 'customer', text: 'Reinstalled the driver, barcodes are still blank.', at: '2026-06-02T11:00:00Z', conversation: 'b' },
      { role: 'customer', text: "We can't ship anything. I expect a fix today.", at: '2026-06-03T08:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'esc-cust-2',
    kind: 'friendly to demanding',
    messages: [
      { role: 'customer', text: 'Hey team, small thing: my calendar sync seems to skip some events.', at: '2026-06-05T14:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Thanks! Please disconnect and reconnect your calendar.', at: '2026-06-05T14:40:00Z', conversation: 'a' },
      { role: 'customer', text: 'Did the reconnect, events are still missing.', at: '2026-06-07T09:00:00Z', conversation: 'b' },
      { role: 'customer', text: "This needs to be sorted right now, I've missed two client meetings because of it.", at: '2026-06-08T08:30:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'esc-cust-3',
    kind: 'friendly to demanding',
    messages: [
      { role: 'customer', text: 'Hi, the invoice PDF shows the wrong VAT number.', at: '2026-06-10T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: "We'll correct it, please allow a day.", at: '2026-06-10T10:15:00Z', conversation: 'a' },
      { role: 'customer', text: 'The new invoice still has the wrong VAT number.', at: '2026-06-12T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: 'Fix the VAT number immediately, our accountant is waiting.', at: '2026-06-13T09:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'failed-fix-1',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: 'Checkout keeps failing with a payment error. So frustrating.', at: '2026-06-01T10:00:00Z' },
      { role: 'agent', text: 'Sorry! Could you clear your browser cookies and try again?', at: '2026-06-01T10:05:00Z' },
      { role: 'customer', text: 'Sure, give me a minute.', at: '2026-06-01T10:06:00Z' },
      { role: 'customer', text: 'Cleared everything and it still fails. Wonderful.', at: '2026-06-01T10:15:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'failed-fix-2',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: 'The sync between my phone and laptop is broken again, this is getting old.', at: '2026-06-02T10:00:00Z' },
      { role: 'agent', text: 'Please sign out on both devices and sign back in.', at: '2026-06-02T10:10:00Z' },
      { role: 'customer', text: 'Alright, doing that now.', at: '2026-06-02T10:12:00Z' },
      { role: 'customer', text: 'Signed out and back in, still not syncing. Perfect.', at: '2026-06-02T10:25:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'failed-fix-3',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: "My router drops the connection every hour. Really annoying when I'm on calls.", at: '2026-06-03T10:00:00Z' },
      { role: 'agent', text: "I'm sorry. I've pushed a firmware update to your router, please restart it.", at: '2026-06-03T10:10:00Z' },
      { role: 'customer', text: 'Okay, restarting it.', at: '2026-06-03T10:11:00Z' },
      { role: 'customer', text: 'Restarted, and it dropped again twenty minutes later. Just great.', at: '2026-06-03T11:00:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'recovered-1',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: 'You charged my card twice for the same order, this is ridiculous!', at: '2026-06-04T08:00:00Z' },
      { role: 'agent', text: 'Apologies! The second charge is refunded, it should show within 3 days.', at: '2026-06-04T08:20:00Z' },
      { role: 'customer', text: 'Brilliant, thanks for sorting it so fast!', at: '2026-06-04T08:25:00Z' },
    ],
    expect: { trend: 'improving', resolutionDeltaMin: 0.5, escalate: false },
  },
  {
    id: 'recovered-2',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: 'My package arrived damaged and the box was soaked. Very disappointed.', at: '2026-06-05T08:00:00Z' },
      { role: 'agent', text: 'So sorry! A replacement ships today with express delivery, no charge.', at: '2026-06-05T08:30:00Z' },
      { role: 'customer', text: "That's great, really appreciate it!", at: '2026-06-05T08:35:00Z' },
    ],
    expect: { trend: 'improving', resolutionDeltaMin: 0.5, escalate: false },
  },
  {
    id: 'recovered-3',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: "I've been locked out of my account all morning and nobody answers the phone!", at: '2026-06-06T08:00:00Z' },
      { role: 'agent', text: "I'm sorry about that. I've unlocked it, you can sign in now.", at: '2026-06-06T08:10:00Z' },
      { role: 'customer', text: "I'm in. Thank you so much, you saved my day.", at: '2026-06-06T08:12:00Z' },
    ],
    expect: { trend: 'improving', resolutionDeltaMin: 0.5, escalate: false },
  },
  {
    id: 'long-polite-1',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: 'Hello! Can I change the currency on my store?', at: '2026-06-07T09:00:00Z' },
      { role: 'agent', text: 'Yes, under Settings, then Store details.', at: '2026-06-07T09:02:00Z' },
      { role: 'customer', text: 'Got it. Will existing prices convert automatically?', at: '2026-06-07T09:04:00Z' },
      { role: 'agent', text: "They convert at today's rate, and you can edit them after.", at: '2026-06-07T09:06:00Z' },
      { role: 'customer', text: 'Nice. Do customers see both currencies?', at: '2026-06-07T09:08:00Z' },
      { role: 'agent', text: 'Only the store currency, unless you turn on multi-currency.', at: '2026-06-07T09:10:00Z' },
      { role: 'customer', text: 'OK. One more: does multi-currency cost extra?', at: '2026-06-07T09:12:00Z' },
      { role: 'agent', text: "It's included in your plan.", at: '2026-06-07T09:13:00Z' },
      { role: 'customer', text: "Great, that's everything. Thanks for the help!", at: '2026-06-07T09:14:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'long-polite-2',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: 'Hi there, how do I export my contacts?', at: '2026-06-08T09:00:00Z' },
      { role: 'agent', text: 'Go to Contacts and choose Export at the top right.', at: '2026-06-08T09:02:00Z' },
      { role: 'customer', text: 'Thanks. Which formats are there?', at: '2026-06-08T09:03:00Z' },
      { role: 'agent', text: 'CSV and vCard.', at: '2026-06-08T09:04:00Z' },
      { role: 'customer', text: 'And can I include the notes field as well?', at: '2026-06-08T09:05:00Z' },
      { role: 'agent', text: 'Yes, tick Include notes before exporting.', at: '2026-06-08T09:06:00Z' },
      { role: 'customer', text: 'I see it. Is there a limit on how many contacts?', at: '2026-06-08T09:07:00Z' },
      { role: 'agent', text: 'No limit.', at: '2026-06-08T09:08:00Z' },
      { role: 'customer', text: 'Wonderful, exactly what I needed. Have a nice day!', at: '2026-06-08T09:09:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'long-polite-3',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: 'Good morning, can I add a guest user to a single project?', at: '2026-06-09T09:00:00Z' },
      { role: 'agent', text: 'Yes, open the project and click Share.', at: '2026-06-09T09:03:00Z' },
      { role: 'customer', text: 'Okay. Do guests count toward our seat limit?', at: '2026-06-09T09:05:00Z' },
      { role: 'agent', text: 'No, guests are free.', at: '2026-06-09T09:06:00Z' },
      { role: 'customer', text: 'Good. Can a guest comment on tasks?', at: '2026-06-09T09:08:00Z' },
      { role: 'agent', text: "Yes, but they can't delete anything.", at: '2026-06-09T09:09:00Z' },
      { role: 'customer', text: 'Understood. And when their access ends, do their comments stay?', at: '2026-06-09T09:11:00Z' },
      { role: 'agent', text: 'They stay.', at: '2026-06-09T09:12:00Z' },
      { role: 'customer', text: 'Super helpful, thank you!', at: '2026-06-09T09:13:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'slow-thanks-1',
    kind: 'slow reply, then thanks',
    messages: [
      { role: 'customer', text: 'The receipt for order 4471 has my old address on it. Could you update it?', at: '2026-06-10T08:00:00Z' },
      { role: 'agent', text: 'Apologies for the slow reply! The receipt now shows your new address.', at: '2026-06-11T10:00:00Z' },
      { role: 'customer', text: 'Perfect, thanks! Enjoy your evening.', at: '2026-06-11T10:20:00Z' },
    ],
    expect: { escalate: false, arcLast: 'positive', trend: 'improving' },
  },
  {
    id: 'slow-thanks-2',
    kind: 'slow reply, then thanks',
    messages: [
      { role: 'customer', text: 'Please remove the old credit card from my account.', at: '2026-06-12T08:00:00Z' },
      { role: 'agent', text: 'Sorry this took a while. The old card is removed.', at: '2026-06-13T12:00:00Z' },
      { role: 'customer', text: 'Great, all sorted then. Thanks a lot!', at: '2026-06-13T12:05:00Z' },
    ],
    expect: { escalate: false, arcLast: 'positive', trend: 'improving' },
  },
  {
    id: 'slow-thanks-3',
    kind: 'slow reply, then thanks',
    messages: [
      { role: 'customer', text: 'Our team name is misspelled on the billing page, can you correct it?', at: '2026-06-14T08:00:00Z' },
      { role: 'agent', text: "Sorry for keeping you waiting, it's corrected now.", at: '2026-06-15T16:00:00Z' },
      { role: 'customer', text: 'Looks good now. Much appreciated, have a good one!', at: '2026-06-15T16:30:00Z' },
    ],
    expect: { escalate: false, arcLast: 'positive', trend: 'improving' },
  },
  {
    id: 'urgent-open-1',
    kind: 'a thank-you that keeps a deadline open',
    messages: [
      { role: 'customer', text: 'Our store goes live at noon today and the checkout page throws a 500 error. We need help urgently.', at: '2026-06-16T08:00:00Z' },
      { role: 'agent', text: "Thanks, I've escalated this to the engineering team.", at: '2026-06-16T08:10:00Z' },
      { role: 'customer', text: "Thanks. Please let me know as soon as you hear anything, we don't have much time.", at: '2026-06-16T08:12:00Z' },
    ],
    expect: { urgencyMin: 0.6, trendNot: 'improving' },
  },
  {
    id: 'urgent-open-2',
    kind: 'a thank-you that keeps a deadline open',
    messages: [
      { role: 'customer', text: 'The tax filing deadline is Friday and your export drops half our transactions. This is critical.', at: '2026-06-17T09:00:00Z' },
      { role: 'agent', text: "I've raised it with our developers.", at: '2026-06-17T09:20:00Z' },
      { role: 'customer', text: 'Appreciate it. Please keep me posted, Friday is close.', at: '2026-06-17T09:25:00Z' },
    ],
    expect: { urgencyMin: 0.6, trendNot: 'improving' },
  },
  {
    id: 'urgent-open-3',
    kind: 'a thank-you that keeps a deadline open',
    messages: [
      { role: 'customer', text: "Our conference starts in two hours and the attendee check-in app won't load. Please help right away.", at: '2026-06-18T07:00:00Z' },
      { role: 'agent', text: 'Understood, our on-call engineer is looking at it.', at: '2026-06-18T07:05:00Z' },
      { role: 'customer', text: 'Thank you. Keep me updated please, time is running out.', at: '2026-06-18T07:06:00Z' },
    ],
    expect: { urgencyMin: 0.6, trendNot: 'improving' },
  },
  {
    id: 'again-1',
    kind: 'back about the same problem',
    messages: [
      { role: 'customer', text: 'My discount code is rejected at checkout.', at: '2026-06-01T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Please try it in a private browser window.', at: '2026-06-01T10:10:00Z', conversation: 'a' },
      { role: 'customer', text: 'Tried a private window, the code is still rejected.', at: '2026-06-03T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: "Contacting you again about the discount code. It still doesn't work.", at: '2026-06-05T10:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', repeatContactsMin: 3 },
  },
  {
    id: 'again-2',
    kind: 'back about the same problem',
    messages: [
      { role: 'customer', text: "The app won't send me push notifications.", at: '2026-06-02T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Please check notifications are allowed in your phone settings.', at: '2026-06-02T10:10:00Z', conversation: 'a' },
      { role: 'customer', text: 'They are allowed, and I still get no notifications.', at: '2026-06-04T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: 'Third message about the notifications. Still nothing.', at: '2026-06-06T10:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', repeatContactsMin: 3 },
  },
  {
    id: 'again-3',
    kind: 'back about the same problem',
    messages: [
      { role: 'customer', text: "The scanner in your app can't read any receipts.", at: '2026-06-03T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Please update the app, the new version improves scanning.', at: '2026-06-03T10:10:00Z', conversation: 'a' },
      { role: 'customer', text: "Updated it, receipts still won't scan.", at: '2026-06-05T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: "I'm writing once more about receipt scanning. No change at all.", at: '2026-06-07T10:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', repeatContactsMin: 3 },
  },
  {
    id: 'b-esc-1',
    kind: 'friendly to demanding',
    messages: [
      { role: 'customer', text: "hey, quick one - the mobile app shows yesterday's prices", at: '2026-07-01T09:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Thanks! Pull down to refresh and it should update.', at: '2026-07-01T09:20:00Z', conversation: 'a' },
      { role: 'customer', text: 'refreshed like 10 times, still old prices', at: '2026-07-02T09:00:00Z', conversation: 'b' },
      { role: 'customer', text: 'customers are being charged the wrong amounts. sort this out today', at: '2026-07-03T09:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'b-esc-2',
    kind: 'friendly to demanding',
    messages: [
      { role: 'customer', text: "Good afternoon! Our weekly report email didn't arrive this Monday.", at: '2026-07-06T14:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Thanks for letting us know, we've re-sent it.", at: '2026-07-06T15:00:00Z', conversation: 'a' },
      { role: 'customer', text: "It didn't arrive this week either.", at: '2026-07-13T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: 'Again no report. I want this fixed for good, today.', at: '2026-07-14T08:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'b-fix-1',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: 'The printer driver crashes whenever I print a PDF. Driving me nuts.', at: '2026-07-01T10:00:00Z' },
      { role: 'agent', text: 'Sorry! Please install driver 3.1 from our site.', at: '2026-07-01T10:05:00Z' },
      { role: 'customer', text: 'ok installing', at: '2026-07-01T10:06:00Z' },
      { role: 'customer', text: 'Installed 3.1 and it crashed on the first PDF. Fantastic.', at: '2026-07-01T10:20:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'b-fix-2',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: 'My password reset emails never show up. This is a pain.', at: '2026-07-02T10:00:00Z' },
      { role: 'agent', text: "Sorry about that. I've whitelisted your address, please request another reset.", at: '2026-07-02T10:05:00Z' },
      { role: 'customer', text: 'Requesting one now.', at: '2026-07-02T10:06:00Z' },
      { role: 'customer', text: "Nothing came through. Still can't get into my account.", at: '2026-07-02T10:30:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'b-rec-1',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: 'Your courier left my parcel in the rain and everything inside is ruined. Not happy.', at: '2026-07-03T08:00:00Z' },
      { role: 'agent', text: "That's awful, I'm sorry. I've issued a full refund and a voucher.", at: '2026-07-03T08:20:00Z' },
      { role: 'customer', text: "Oh that's very kind, thank you!", at: '2026-07-03T08:22:00Z' },
    ],
    expect: { trend: 'improving', resolutionDeltaMin: 0.5, escalate: false },
  },
  {
    id: 'b-rec-2',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: 'Why on earth was I billed for a plan I cancelled last month??', at: '2026-07-04T08:00:00Z' },
      { role: 'agent', text: "You're right, that was our mistake. The charge is reversed.", at: '2026-07-04T08:10:00Z' },
      { role: 'customer', text: 'Appreciate the quick fix, cheers.', at: '2026-07-04T08:15:00Z' },
    ],
    expect: { trend: 'improving', resolutionDeltaMin: 0.5, escalate: false },
  },
  {
    id: 'b-polite-1',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: 'Hi, how do I handle a 404 error from your API when a record is deleted?', at: '2026-07-05T09:00:00Z' },
      { role: 'agent', text: "Treat 404 as 'already gone' and skip the record.", at: '2026-07-05T09:05:00Z' },
      { role: 'customer', text: 'Makes sense. And for a 429, should we retry?', at: '2026-07-05T09:07:00Z' },
      { role: 'agent', text: 'Yes, after the Retry-After delay.', at: '2026-07-05T09:08:00Z' },
      { role: 'customer', text: 'Okay. Is there a sandbox to test the error cases?', at: '2026-07-05T09:10:00Z' },
      { role: 'agent', text: 'Yes, use the test key.', at: '2026-07-05T09:11:00Z' },
      { role: 'customer', text: 'Perfect, that answers everything. Thanks!', at: '2026-07-05T09:12:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'b-polite-2',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: "Hello, I'd like to upgrade to the annual plan.", at: '2026-07-06T09:00:00Z' },
      { role: 'agent', text: 'Sure, I can do that for you. Shall I apply it from today?', at: '2026-07-06T09:02:00Z' },
      { role: 'customer', text: 'Yes please. Will I still keep my current discount?', at: '2026-07-06T09:03:00Z' },
      { role: 'agent', text: 'Yes, it carries over.', at: '2026-07-06T09:04:00Z' },
      { role: 'customer', text: 'Great. Can I still pay by invoice?', at: '2026-07-06T09:05:00Z' },
      { role: 'agent', text: 'Of course.', at: '2026-07-06T09:06:00Z' },
      { role: 'customer', text: 'Lovely, thanks very much.', at: '2026-07-06T09:07:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'b-polite-3',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: 'hi! is it possible to schedule posts in advance?', at: '2026-07-07T09:00:00Z' },
      { role: 'agent', text: 'Yes, click the clock icon next to Publish.', at: '2026-07-07T09:04:00Z' },
      { role: 'customer', text: 'found it. how far ahead can i schedule?', at: '2026-07-07T09:06:00Z' },
      { role: 'agent', text: 'Up to a year.', at: '2026-07-07T09:07:00Z' },
      { role: 'customer', text: "and can i edit a post once it's scheduled?", at: '2026-07-07T09:08:00Z' },
      { role: 'agent', text: 'Yes, until it goes out.', at: '2026-07-07T09:09:00Z' },
      { role: 'customer', text: 'awesome, thanks a ton', at: '2026-07-07T09:10:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'b-slow-1',
    kind: 'slow reply, then thanks',
    messages: [
      { role: 'customer', text: "Could you send me a copy of last year's invoices?", at: '2026-07-08T08:00:00Z' },
      { role: 'agent', text: 'Sorry for the delay! All twelve invoices are attached.', at: '2026-07-10T09:00:00Z' },
      { role: 'customer', text: 'Received them all, many thanks!', at: '2026-07-10T09:30:00Z' },
    ],
    expect: { escalate: false, arcLast: 'positive', trend: 'improving' },
  },
  {
    id: 'b-slow-2',
    kind: 'slow reply, then thanks',
    messages: [
      { role: 'customer', text: 'The delivery address on my order has a typo, can it be changed?', at: '2026-07-09T08:00:00Z' },
      { role: 'agent', text: 'Apologies for the late answer, the address is fixed and the order is on its way.', at: '2026-07-10T13:00:00Z' },
      { role: 'customer', text: 'Brilliant, thank you and have a great day!', at: '2026-07-10T13:10:00Z' },
    ],
    expect: { escalate: false, arcLast: 'positive', trend: 'improving' },
  },
  {
    id: 'b-urg-1',
    kind: 'a thank-you that keeps a deadline open',
    messages: [
      { role: 'customer', text: 'Payroll has to go out by 5pm today and the bank file export fails with an error. Please help urgently.', at: '2026-07-10T12:00:00Z' },
      { role: 'agent', text: "I've escalated to our payments engineers.", at: '2026-07-10T12:10:00Z' },
      { role: 'customer', text: 'Thanks, please update me the moment you know more. We only have a few hours.', at: '2026-07-10T12:12:00Z' },
    ],
    expect: { urgencyMin: 0.6, trendNot: 'improving' },
  },
  {
    id: 'b-urg-2',
    kind: 'a thank-you that keeps a deadline open',
    messages: [
      { role: 'customer', text: 'Our flight leaves in 3 hours and the booking shows as cancelled in your app! We need this sorted now.', at: '2026-07-11T05:00:00Z' },
      { role: 'agent', text: "I'm checking with the airline right now.", at: '2026-07-11T05:05:00Z' },
      { role: 'customer', text: "Thank you, we're at the airport already. Please hurry.", at: '2026-07-11T05:07:00Z' },
    ],
    expect: { urgencyMin: 0.6, trendNot: 'improving' },
  },
  {
    id: 'b-again-1',
    kind: 'back about the same problem',
    messages: [
      { role: 'customer', text: "My refund for order 5521 hasn't arrived.", at: '2026-07-01T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: "It's been processed, allow 5 business days.", at: '2026-07-01T10:10:00Z', conversation: 'a' },
      { role: 'customer', text: "It's been 5 business days and there's still no refund.", at: '2026-07-08T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: 'Following up again on refund 5521. Still not in my account.', at: '2026-07-10T10:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', repeatContactsMin: 3 },
  },
  {
    id: 'b-again-2',
    kind: 'back about the same problem',
    messages: [
      { role: 'customer', text: 'The sound cuts out on video calls.', at: '2026-07-02T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Try turning off noise suppression in Settings.', at: '2026-07-02T10:10:00Z', conversation: 'a' },
      { role: 'customer', text: 'Turned it off, the sound still cuts out.', at: '2026-07-03T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: 'Same problem today on every call. Nothing you suggested works.', at: '2026-07-04T10:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', repeatContactsMin: 3 },
  },
  {
    id: 'b-happy-multi',
    kind: 'back with new questions, happy',
    messages: [
      { role: 'customer', text: 'Hi! How do I add a logo to my invoices?', at: '2026-07-01T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: 'Settings, Branding, Upload logo.', at: '2026-07-01T10:10:00Z', conversation: 'a' },
      { role: 'customer', text: 'Done, thanks! Another question: can I change the invoice numbering?', at: '2026-07-02T10:00:00Z', conversation: 'b' },
      { role: 'agent', text: 'Yes, under Settings, Numbering.', at: '2026-07-02T10:10:00Z', conversation: 'b' },
      { role: 'customer', text: 'Hello again! Is there a way to send invoices automatically every month?', at: '2026-07-03T10:00:00Z', conversation: 'c' },
    ],
    expect: { alert: false, customerTrendNot: 'deteriorating' },
  },
  // The sixth round (2026-12-06, the tenth session): 23 written by a helper session that read none of
  // the rules; 4 failed when first read (docs/reader-accuracy.md).
  {
    id: 'r6-esc-bank-dupcharge',
    kind: 'escalating customer',
    messages: [
      { role: 'customer', text: "Hi, I noticed I was charged twice for the same grocery purchase on Feb 28, $84.20 both times. Could you take a look when you get a chance? Thanks!", at: '2026-03-02T10:05:00Z', conversation: 'a' },
      { role: 'agent', text: "Thanks for reaching out. I can see two pending transactions from that merchant. Duplicate authorisations usually drop off on their own within 3 business days. If it's still there after that, just let us know.", at: '2026-03-02T10:21:00Z', conversation: 'a' },
      { role: 'customer', text: "Okay, that makes sense. I'll keep an eye on it, thanks for your help.", at: '2026-03-02T10:24:00Z', conversation: 'a' },
      { role: 'customer', text: "Hello. It's been four days and the second $84.20 charge has now actually posted to my account. I was told it would drop off. Can you tell me what's going on?", at: '2026-03-06T14:10:00Z', conversation: 'b' },
      { role: 'agent', text: "I'm sorry about that. I've opened a dispute with the merchant on your behalf. These normally take 5 to 10 business days to resolve.", at: '2026-03-06T14:42:00Z', conversation: 'b' },
      { role: 'customer', text: "5 to 10 business days? That's my money just sitting there. That's pretty frustrating, but fine. Please make sure it actually gets handled this time.", at: '2026-03-06T14:46:00Z', conversation: 'b' },
      { role: 'customer', text: "This is the third time I'm contacting you about the double charge. The dispute still says 'in review' and nobody has got back to me. I'm really not happy with how this is being handled.", at: '2026-03-13T09:02:00Z', conversation: 'c' },
      { role: 'agent', text: "I apologise for the delay. I've flagged your dispute for priority review.", at: '2026-03-13T09:31:00Z', conversation: 'c' },
      { role: 'customer', text: "'Flagged for priority.' That's what I keep hearing. I want a provisional credit on my account today, not more promises.", at: '2026-03-13T09:34:00Z', conversation: 'c' },
      { role: 'customer', text: "Unbelievable. Still no refund, still no credit, and my account went overdrawn because of YOUR duplicate charge, so now I've been hit with a $35 fee on top of it. I want the $84.20 AND the fee refunded immediately and I want to speak to a manager. If this isn't sorted today I'm closing all my accounts and filing a complaint with the regulator.", at: '2026-03-17T16:45:00Z', conversation: 'd' },
      { role: 'agent', text: "I completely understand your frustration and I'm escalating this to a team lead right now.", at: '2026-03-17T17:06:00Z', conversation: 'd' },
      { role: 'customer', text: "Don't tell me you understand. Two weeks of being fobbed off. Just fix it. TODAY.", at: '2026-03-17T17:08:00Z', conversation: 'd' },
    ],
    expect: { customerTrend: "deteriorating", alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'r6-esc-saas-calendar-sync',
    kind: 'escalating customer',
    messages: [
      { role: 'customer', text: "Good morning! Our team's calendar integration seems to have stopped syncing since the weekend. New meetings from Outlook aren't appearing in the planner. Any idea what might cause that?", at: '2026-05-11T08:30:00Z', conversation: 'a' },
      { role: 'agent', text: "Morning! Could you try disconnecting and reconnecting the integration under Settings > Integrations? That usually refreshes the token.", at: '2026-05-11T09:05:00Z', conversation: 'a' },
      { role: 'customer', text: "Done, looks like it's working now. Thanks a lot!", at: '2026-05-11T09:12:00Z', conversation: 'a' },
      { role: 'customer', text: "Hi, the calendar sync broke again. Same problem as Monday, events just stop coming through after a few hours. Reconnecting only fixes it temporarily. Is this a known bug?", at: '2026-05-13T15:20:00Z', conversation: 'b' },
      { role: 'agent', text: "Thanks for the report. I've passed this to our engineering team to investigate.", at: '2026-05-13T16:48:00Z', conversation: 'b' },
      { role: 'customer', text: "Okay. It's a bit of a problem for us because people are missing meetings, so I'd appreciate an update soon.", at: '2026-05-13T16:55:00Z', conversation: 'b' },
      { role: 'customer', text: "No update from engineering, and the sync has been broken all weekend. Two of my team missed a client call because of it. This is getting ridiculous. We pay for the business plan precisely so things like this work.", at: '2026-05-18T11:03:00Z', conversation: 'c' },
      { role: 'agent', text: "I'm sorry for the impact. Engineering is still looking into it; I don't have an ETA yet.", at: '2026-05-18T13:40:00Z', conversation: 'c' },
      { role: 'customer', text: "No ETA. Great. That's really not good enough.", at: '2026-05-18T13:44:00Z', conversation: 'c' },
      { role: 'customer', text: "Fourth ticket, ten days, still broken, still no ETA, nobody has bothered to follow up once. I'm done being patient. I want this escalated to someone senior TODAY and a credit for this month, otherwise we're cancelling all 40 seats and moving to a competitor. Absolutely unacceptable service.", at: '2026-05-21T10:15:00Z', conversation: 'd' },
      { role: 'agent', text: "I've escalated your case to our support manager, who will reach out to you today.", at: '2026-05-21T10:50:00Z', conversation: 'd' },
      { role: 'customer', text: "I'll believe it when I see it.", at: '2026-05-21T10:52:00Z', conversation: 'd' },
    ],
    expect: { customerTrend: "deteriorating", alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'r6-esc-telecom-dropouts',
    kind: 'escalating customer',
    messages: [
      { role: 'customer', text: "Hi there, my home broadband has been dropping out a few times each evening for the last couple of days. Not a huge deal, but could someone check the line?", at: '2026-07-06T19:40:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi! I ran a line test and it looks fine from our side. Could you restart the router and see if that helps?", at: '2026-07-06T19:58:00Z', conversation: 'a' },
      { role: 'customer', text: "Sure, will do. Thanks!", at: '2026-07-06T20:03:00Z', conversation: 'a' },
      { role: 'customer', text: "Hi, the restart didn't help. The internet is still cutting out every evening, sometimes for 20 minutes at a time. I work from home so this is becoming a real problem.", at: '2026-07-09T21:15:00Z', conversation: 'b' },
      { role: 'agent', text: "Sorry to hear that. I've booked an engineer visit for July 14 between 8am and 1pm.", at: '2026-07-09T21:40:00Z', conversation: 'b' },
      { role: 'customer', text: "The 14th? That's five days away. Not ideal, but okay, I'll take it.", at: '2026-07-09T21:44:00Z', conversation: 'b' },
      { role: 'customer', text: "I took the morning off work and your engineer never showed up. No call, no text, nothing. I'm really annoyed. What happened?", at: '2026-07-14T13:30:00Z', conversation: 'c' },
      { role: 'agent', text: "I'm very sorry, it appears the appointment was cancelled in our system. I can rebook for July 21.", at: '2026-07-14T14:05:00Z', conversation: 'c' },
      { role: 'customer', text: "Another WEEK? Seriously? You cancelled it without telling me and now I have to wait even longer. This is a joke.", at: '2026-07-14T14:09:00Z', conversation: 'c' },
      { role: 'customer', text: "I have had ENOUGH. Nearly two weeks of dropouts, a no-show engineer, and I'm still paying full price for a service that doesn't work. I want compensation for every day this has been broken, I want an engineer here tomorrow, and if that doesn't happen I'm cancelling my contract with no exit fee. Don't send me another scripted apology.", at: '2026-07-17T22:30:00Z', conversation: 'd' },
      { role: 'agent', text: "I've raised a formal complaint and requested the earliest engineer slot available.", at: '2026-07-17T22:55:00Z', conversation: 'd' },
    ],
    expect: { customerTrend: "deteriorating", alert: true, repeatContactsMin: 3 },
  },
  {
    id: 'r6-fail-printer-wifi',
    kind: 'failed fix arc',
    messages: [
      { role: 'customer', text: "My printer keeps dropping off the wifi and I can't print anything. It's really annoying, I've got documents I need to get out.", at: '2026-02-10T13:02:00Z', conversation: 'a' },
      { role: 'agent', text: "Sorry about that! Please try resetting the printer's network settings: hold the wireless button for 5 seconds until the light blinks, then run the setup again from the app.", at: '2026-02-10T13:09:00Z', conversation: 'a' },
      { role: 'customer', text: "Okay, I'm doing that now.", at: '2026-02-10T13:11:00Z', conversation: 'a' },
      { role: 'agent', text: "Great, let me know how it goes.", at: '2026-02-10T13:12:00Z', conversation: 'a' },
      { role: 'customer', text: "Nope, that didn't work. It's still showing offline and I've now wasted half an hour on this. Really disappointing.", at: '2026-02-10T13:34:00Z', conversation: 'a' },
    ],
    expect: { arc: ["negative", "neutral", "negative"], trend: "deteriorating", escalate: true },
  },
  {
    id: 'r6-fail-game-crash',
    kind: 'failed fix arc',
    messages: [
      { role: 'customer', text: "The game crashes to desktop every single time I load my save since yesterday's patch. I've lost my whole evening to this, it's so frustrating.", at: '2026-08-22T20:14:00Z', conversation: 'a' },
      { role: 'agent', text: "Sorry to hear that! Could you verify the game files through the launcher (Library > right-click > Verify files) and then try loading the save?", at: '2026-08-22T20:31:00Z', conversation: 'a' },
      { role: 'customer', text: "Alright, running the verification now.", at: '2026-08-22T20:33:00Z', conversation: 'a' },
      { role: 'agent', text: "Thanks, it may take a few minutes.", at: '2026-08-22T20:34:00Z', conversation: 'a' },
      { role: 'customer', text: "Verification finished and it still crashes on load, exact same thing. That fix did nothing. Is my 80-hour save just gone now?", at: '2026-08-22T20:52:00Z', conversation: 'a' },
    ],
    expect: { arc: ["negative", "neutral", "negative"], trend: "deteriorating", escalate: true },
  },
  {
    id: 'r6-fail-airline-checkin',
    kind: 'failed fix arc',
    messages: [
      { role: 'customer', text: "I can't check in online for my flight, the site keeps throwing an error 'Unable to process your request'. This is really stressful.", at: '2026-06-03T06:40:00Z', conversation: 'a' },
      { role: 'agent', text: "I apologise for the trouble. Could you try clearing your browser cache or using a private window, then retry check-in?", at: '2026-06-03T06:48:00Z', conversation: 'a' },
      { role: 'customer', text: "Ok, trying that in a private window now.", at: '2026-06-03T06:50:00Z', conversation: 'a' },
      { role: 'agent', text: "Sure, I'll wait.", at: '2026-06-03T06:51:00Z', conversation: 'a' },
      { role: 'customer', text: "Same error. Didn't help at all. I still can't check in and I'm getting really worried.", at: '2026-06-03T06:58:00Z', conversation: 'a' },
    ],
    expect: { arc: ["negative", "neutral", "negative"], trend: "deteriorating", escalate: true },
  },
  {
    id: 'r6-rec-ecom-wrong-item',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: "I ordered a blue winter coat in size M and you sent me a pink kids' raincoat. This was supposed to be a birthday present for this weekend. Really annoyed right now.", at: '2026-04-14T17:20:00Z', conversation: 'a' },
      { role: 'agent', text: "I'm so sorry about the mix-up! I've sent out the correct coat by express delivery, it will arrive tomorrow before noon. You'll also get a prepaid return label for the raincoat, no rush.", at: '2026-04-14T17:28:00Z', conversation: 'a' },
      { role: 'customer', text: "Oh wow, tomorrow? That's fantastic. Thank you so much, you've completely saved the birthday!", at: '2026-04-14T17:31:00Z', conversation: 'a' },
    ],
    expect: { trend: "improving", escalate: false, resolutionDeltaMin: 0.5 },
  },
  {
    id: 'r6-rec-airline-seat',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: "I paid extra for an aisle seat with extra legroom and I just found out I've been moved to a middle seat at the back. I'm really unhappy about this, I have a bad knee.", at: '2026-09-08T11:02:00Z', conversation: 'a' },
      { role: 'agent', text: "I'm sorry about that, it happened due to an aircraft change. I've moved you to seat 12C, an exit-row aisle seat with extra legroom, and refunded the original seat fee as an apology.", at: '2026-09-08T11:15:00Z', conversation: 'a' },
      { role: 'customer', text: "That's brilliant, even better than the seat I booked, and a refund too. Thank you, I really appreciate it!", at: '2026-09-08T11:18:00Z', conversation: 'a' },
    ],
    expect: { trend: "improving", escalate: false, resolutionDeltaMin: 0.5 },
  },
  {
    id: 'r6-rec-saas-lockout',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: "I'm locked out of my account after a password reset that never sent the email. I have invoices to send today and I can't get in. This is terrible.", at: '2026-01-19T08:05:00Z', conversation: 'a' },
      { role: 'agent', text: "Sorry about that! Our email provider had a brief delay this morning. I've verified your identity and unlocked the account. You should be able to log in now with a new reset link I just sent.", at: '2026-01-19T08:12:00Z', conversation: 'a' },
      { role: 'customer', text: "Got it, I'm in! Everything's there. Thank you so much, that was quick, great support!", at: '2026-01-19T08:16:00Z', conversation: 'a' },
    ],
    expect: { trend: "improving", escalate: false, resolutionDeltaMin: 0.5 },
  },
  {
    id: 'r6-long-saas-sso',
    kind: 'long polite resolved',
    messages: [
      { role: 'customer', text: "Hello, I'm trying to set up single sign-on with our identity provider for our workspace. I've got the metadata URL but I'm not sure where to enter it. Could you point me in the right direction?", at: '2026-03-24T09:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi! Sure. Go to Admin > Security > SSO, choose 'SAML 2.0' and paste the metadata URL in the 'Identity provider metadata' field.", at: '2026-03-24T09:07:00Z', conversation: 'a' },
      { role: 'customer', text: "Thanks, found it. It accepted the URL. Now it's asking for an attribute mapping for email. Should that be 'email' or the full claim URI?", at: '2026-03-24T09:15:00Z', conversation: 'a' },
      { role: 'agent', text: "Use the full claim URI: http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", at: '2026-03-24T09:19:00Z', conversation: 'a' },
      { role: 'customer', text: "Okay, done. When I test the login I get a message saying 'Audience mismatch'. I assume I've got something wrong on our side?", at: '2026-03-24T09:31:00Z', conversation: 'a' },
      { role: 'agent', text: "Yes, that means the Entity ID in your identity provider doesn't match ours. It should be https://app.example.com/saml/your-workspace-id. You can copy it from the same SSO page.", at: '2026-03-24T09:36:00Z', conversation: 'a' },
      { role: 'customer', text: "That was it, the test login works now. One last question: will existing users be forced to log in with SSO straight away, or can I roll it out gradually?", at: '2026-03-24T09:48:00Z', conversation: 'a' },
      { role: 'agent', text: "By default it's optional. You can switch 'Enforce SSO' on whenever you're ready, and you can exempt admins if you like.", at: '2026-03-24T09:52:00Z', conversation: 'a' },
      { role: 'customer', text: "Perfect, that's exactly what I needed. Thank you very much for your patience and the clear explanations!", at: '2026-03-24T09:55:00Z', conversation: 'a' },
      { role: 'agent', text: "You're welcome, have a great day!", at: '2026-03-24T09:56:00Z', conversation: 'a' },
    ],
    expect: { escalate: false, arcLast: "positive", trendNot: "deteriorating", noCue: "repeat-contact" },
  },
  {
    id: 'r6-long-utility-move',
    kind: 'long polite resolved',
    messages: [
      { role: 'customer', text: "Hi, I'm moving house at the end of the month and would like to transfer my gas and electricity account to the new address. What do I need to do?", at: '2026-08-03T14:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi! Happy to help. Could you tell me your move-out date and the new address?", at: '2026-08-03T14:06:00Z', conversation: 'a' },
      { role: 'customer', text: "Sure, we move out on August 29th. The new address is 14 Orchard Lane, postcode BS6 7TQ.", at: '2026-08-03T14:10:00Z', conversation: 'a' },
      { role: 'agent', text: "Thanks. I've found the new property. It's currently supplied by us, so we can take it over from the 29th. Will you be able to take meter readings on moving day at both properties?", at: '2026-08-03T14:15:00Z', conversation: 'a' },
      { role: 'customer', text: "Yes, I can do that. Should I send them through the app or by phone?", at: '2026-08-03T14:18:00Z', conversation: 'a' },
      { role: 'agent', text: "The app is easiest; there's a 'Moving home' option that asks for both sets of readings. Would you like to keep the same tariff at the new address?", at: '2026-08-03T14:21:00Z', conversation: 'a' },
      { role: 'customer', text: "I think so, yes. Is the direct debit going to change at all? The new house is a little bigger.", at: '2026-08-03T14:26:00Z', conversation: 'a' },
      { role: 'agent', text: "We'll review it after the first two months of usage at the new address and let you know if it needs adjusting. For now it stays the same.", at: '2026-08-03T14:31:00Z', conversation: 'a' },
      { role: 'customer', text: "That sounds sensible. Thank you, that's all sorted then. Really appreciate your help!", at: '2026-08-03T14:34:00Z', conversation: 'a' },
      { role: 'agent', text: "My pleasure, good luck with the move!", at: '2026-08-03T14:35:00Z', conversation: 'a' },
    ],
    expect: { escalate: false, arcLast: "positive", trendNot: "deteriorating", noCue: "repeat-contact" },
  },
  {
    id: 'r6-long-hardware-nas',
    kind: 'long polite resolved',
    messages: [
      { role: 'customer', text: "Good morning. I've just bought your 4-bay NAS and I'd like to set up automatic backups from two laptops. Could you walk me through the best way to do that?", at: '2026-10-05T10:20:00Z', conversation: 'a' },
      { role: 'agent', text: "Good morning! Sure. First, have you created a storage pool and a shared folder for the backups yet?", at: '2026-10-05T10:27:00Z', conversation: 'a' },
      { role: 'customer', text: "I created the storage pool with RAID 5 during setup, but no shared folder yet.", at: '2026-10-05T10:33:00Z', conversation: 'a' },
      { role: 'agent', text: "Great. Go to Control Panel > Shared Folders > Create, name it something like 'Backups', and give each laptop user read/write permissions.", at: '2026-10-05T10:38:00Z', conversation: 'a' },
      { role: 'customer', text: "Done. One laptop is Windows and the other is a Mac. Do I need different software for each?", at: '2026-10-05T10:49:00Z', conversation: 'a' },
      { role: 'agent', text: "For Windows, install our Backup Client from the downloads page. For the Mac, you can use Time Machine: enable 'Time Machine support' on the Backups folder under File Services.", at: '2026-10-05T10:54:00Z', conversation: 'a' },
      { role: 'customer', text: "The Windows client is running and the Mac found the NAS in Time Machine. Is there a way to limit how much space the Mac backups can use?", at: '2026-10-05T11:12:00Z', conversation: 'a' },
      { role: 'agent', text: "Yes, set a quota on the Time Machine folder for that user, for example 1 TB. Time Machine will then prune old backups when it fills up.", at: '2026-10-05T11:16:00Z', conversation: 'a' },
      { role: 'customer', text: "Quota set and both backups have started. Brilliant, thank you so much for the step-by-step help!", at: '2026-10-05T11:22:00Z', conversation: 'a' },
      { role: 'agent', text: "You're very welcome. Enjoy the new NAS!", at: '2026-10-05T11:23:00Z', conversation: 'a' },
    ],
    expect: { escalate: false, arcLast: "positive", trendNot: "deteriorating", noCue: "repeat-contact" },
  },
  {
    id: 'r6-slow-telecom-roaming',
    kind: 'slow reply then thanks',
    messages: [
      { role: 'customer', text: "Hi, I got charged £48 in roaming fees in France even though my plan supposedly includes EU roaming. Not happy about that, can someone check?", at: '2026-05-25T07:45:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi, apologies for the delay in getting back to you. You're right: the roaming add-on wasn't applied to your account after your plan change. I've refunded the £48 in full and fixed the add-on, so it won't happen again.", at: '2026-05-26T13:30:00Z', conversation: 'a' },
      { role: 'customer', text: "Brilliant, thank you! Refund received and really glad it's sorted. Much appreciated.", at: '2026-05-26T13:52:00Z', conversation: 'a' },
    ],
    expect: { escalate: false, arcLast: "positive", trend: "improving" },
  },
  {
    id: 'r6-slow-ecom-refund',
    kind: 'slow reply then thanks',
    messages: [
      { role: 'customer', text: "I returned a pair of headphones two weeks ago and still haven't received my refund. The tracking says you received the parcel. Could you look into it please?", at: '2026-09-17T21:10:00Z', conversation: 'a' },
      { role: 'agent', text: "Hello, sorry for the slow response. The return was received but got stuck in inspection. I've approved it and the refund of $129.99 has been issued to your card; it should appear within 2 days.", at: '2026-09-19T10:05:00Z', conversation: 'a' },
      { role: 'customer', text: "Great, thanks so much for sorting that out! Really appreciate it, happy now.", at: '2026-09-19T10:20:00Z', conversation: 'a' },
    ],
    expect: { escalate: false, arcLast: "positive", trend: "improving" },
  },
  {
    id: 'r6-slow-game-purchase',
    kind: 'slow reply then thanks',
    messages: [
      { role: 'customer', text: "I bought the expansion pack yesterday and the money left my account, but it's not showing up in my library. Kind of annoying since I was looking forward to playing it this weekend.", at: '2026-02-14T16:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi, sorry for the wait! The purchase failed to link to your account due to a store sync error. I've added the expansion manually and included a bonus cosmetic pack for the inconvenience.", at: '2026-02-15T18:25:00Z', conversation: 'a' },
      { role: 'customer', text: "It's there now, and thanks for the bonus pack! That's really nice of you. Thanks a lot!", at: '2026-02-15T18:40:00Z', conversation: 'a' },
    ],
    expect: { escalate: false, arcLast: "positive", trend: "improving" },
  },
  {
    id: 'r6-urgent-saas-demo',
    kind: 'urgent thanks unresolved',
    messages: [
      { role: 'customer', text: "Our screen-sharing stopped working in your meetings app this morning, attendees just see a black screen. I have a client demo at 3pm TODAY and I need this working.", at: '2026-04-22T11:05:00Z', conversation: 'a' },
      { role: 'agent', text: "Thanks for letting us know. We're looking into it with our engineering team right now and I'll update you as soon as I have something.", at: '2026-04-22T11:18:00Z', conversation: 'a' },
      { role: 'customer', text: "Thanks, but please hurry, the demo is at 3 and it's a big contract. It's still not working on my end.", at: '2026-04-22T11:20:00Z', conversation: 'a' },
    ],
    expect: { urgencyMin: 0.6, trendNot: "improving" },
  },
  {
    id: 'r6-urgent-airline-booking',
    kind: 'urgent thanks unresolved',
    messages: [
      { role: 'customer', text: "My booking for today's 1:45pm flight to Lisbon has disappeared from the app and the check-in desk says they can't find my ticket. My flight boards in less than four hours!", at: '2026-07-30T09:40:00Z', conversation: 'a' },
      { role: 'agent', text: "I'm sorry about this. I'm checking your reservation with our ticketing team now.", at: '2026-07-30T09:52:00Z', conversation: 'a' },
      { role: 'customer', text: "Thank you. Please be quick, I really can't miss this flight, I'm at the airport now and boarding closes at 1:15.", at: '2026-07-30T09:55:00Z', conversation: 'a' },
    ],
    expect: { urgencyMin: 0.6, trendNot: "improving" },
  },
  {
    id: 'r6-urgent-bank-wire',
    kind: 'urgent thanks unresolved',
    messages: [
      { role: 'customer', text: "I'm trying to send the deposit for my house purchase and the wire transfer keeps failing with 'limit exceeded'. The funds have to arrive before 5pm today or we lose the house.", at: '2026-06-12T13:10:00Z', conversation: 'a' },
      { role: 'agent', text: "I understand the urgency. I'm reviewing your transfer limits now and have contacted our payments team.", at: '2026-06-12T13:24:00Z', conversation: 'a' },
      { role: 'customer', text: "Thanks, I appreciate it, but it still isn't going through and the clock is ticking. Please let me know as soon as possible, 5pm is a hard deadline.", at: '2026-06-12T13:26:00Z', conversation: 'a' },
    ],
    expect: { urgencyMin: 0.6, trendNot: "improving" },
  },
  {
    id: 'r6-again-utility-bill',
    kind: 'contact again same issue',
    messages: [
      { role: 'customer', text: "Hello, my December electricity bill is £412, which is about three times what I normally pay. I think the meter reading is wrong. Could you check it?", at: '2026-01-08T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Thanks, it looks like an estimated reading was used. Please send us a photo of your meter and we'll rebill.", at: '2026-01-08T10:30:00Z', conversation: 'a' },
      { role: 'customer', text: "Photo attached. Thanks.", at: '2026-01-08T10:45:00Z', conversation: 'a' },
      { role: 'customer', text: "I'm writing again about my £412 bill. I sent the meter photo a week ago and the bill hasn't been corrected. The direct debit is due next week.", at: '2026-01-15T09:20:00Z', conversation: 'b' },
      { role: 'agent', text: "Apologies, the rebill request is pending. I've chased it.", at: '2026-01-15T11:00:00Z', conversation: 'b' },
      { role: 'customer', text: "This is my third message about the same bill. It still says £412 and now you've taken the full amount by direct debit. I'm frustrated that nobody has fixed this.", at: '2026-01-22T18:05:00Z', conversation: 'c' },
      { role: 'agent', text: "I'm sorry. I've escalated the rebill to our billing team.", at: '2026-01-23T09:15:00Z', conversation: 'c' },
      { role: 'customer', text: "Once again, the bill is still wrong and I still haven't had my money back. Three weeks and four contacts. This is really poor.", at: '2026-01-29T12:40:00Z', conversation: 'd' },
      { role: 'agent', text: "I apologise; the billing team is reviewing it.", at: '2026-01-29T13:10:00Z', conversation: 'd' },
    ],
    expect: { customerTrend: "deteriorating", repeatContactsMin: 3 },
  },
  {
    id: 'r6-again-ecom-lost-parcel',
    kind: 'contact again same issue',
    messages: [
      { role: 'customer', text: "Hi, my order #58213 was marked as delivered yesterday but nothing arrived. Could you check with the courier?", at: '2026-06-01T15:30:00Z', conversation: 'a' },
      { role: 'agent', text: "Sure, I've opened an investigation with the courier. It can take up to 3 working days.", at: '2026-06-01T16:10:00Z', conversation: 'a' },
      { role: 'customer', text: "Hi, I'm following up again on order #58213. It's been 4 days and I haven't heard anything about the courier investigation.", at: '2026-06-05T10:05:00Z', conversation: 'b' },
      { role: 'agent', text: "Thanks for your patience, the courier hasn't replied yet. I've chased them.", at: '2026-06-05T11:30:00Z', conversation: 'b' },
      { role: 'customer', text: "Third time contacting you about the same missing parcel, #58213. Still no parcel, no refund and no answer. I'd like a refund or a replacement now please, I'm tired of waiting.", at: '2026-06-10T19:45:00Z', conversation: 'c' },
      { role: 'agent', text: "I'm sorry for the delay. The investigation is still open.", at: '2026-06-11T08:50:00Z', conversation: 'c' },
      { role: 'customer', text: "That's not an answer. I've paid for something I never received and I keep getting the same reply.", at: '2026-06-11T09:02:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: "deteriorating", repeatContactsMin: 3 },
  },
  {
    id: 'r6-again-laptop-repair',
    kind: 'contact again same issue',
    messages: [
      { role: 'customer', text: "Hello, I sent my laptop in for a screen repair under warranty on August 20. The status page hasn't changed since it arrived. Any update?", at: '2026-09-01T12:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi! Your laptop is waiting for a replacement panel. It should ship within a week.", at: '2026-09-01T12:40:00Z', conversation: 'a' },
      { role: 'customer', text: "Okay, thanks for letting me know.", at: '2026-09-01T12:45:00Z', conversation: 'a' },
      { role: 'customer', text: "Hi, contacting you again about my laptop repair. It's been over a week and the status still says 'awaiting parts'. I need it for work.", at: '2026-09-09T09:30:00Z', conversation: 'b' },
      { role: 'agent', text: "Sorry, the part is backordered. We expect it soon.", at: '2026-09-09T10:15:00Z', conversation: 'b' },
      { role: 'customer', text: "I'm writing yet again about the same repair. Almost four weeks now without my laptop, still 'awaiting parts', and 'soon' has come and gone. This is really disappointing. Can you give me an actual date or a replacement unit?", at: '2026-09-16T14:20:00Z', conversation: 'c' },
      { role: 'agent', text: "I understand. I've asked the repair centre for a firm date.", at: '2026-09-16T15:05:00Z', conversation: 'c' },
      { role: 'customer', text: "No date, no reply from the repair centre, nothing. Same issue, fourth time asking. I'm very unhappy with this warranty service.", at: '2026-09-23T11:10:00Z', conversation: 'd' },
    ],
    expect: { customerTrend: "deteriorating", repeatContactsMin: 3 },
  },
  {
    id: 'r6-happy-bank-returning',
    kind: 'happy returning customer',
    messages: [
      { role: 'customer', text: "Hi! I'd like to open a savings account alongside my current account. What interest rates do you offer at the moment?", at: '2026-02-03T10:10:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi! Our easy-access saver pays 3.8% and the 1-year fixed saver pays 4.3%. You can open either in the app in a couple of minutes.", at: '2026-02-03T10:18:00Z', conversation: 'a' },
      { role: 'customer', text: "Great, I'll go with the easy-access one. Thanks!", at: '2026-02-03T10:22:00Z', conversation: 'a' },
      { role: 'customer', text: "Hello, I'm travelling to Japan next month. Do I need to tell you in advance so my card works there?", at: '2026-02-24T18:30:00Z', conversation: 'b' },
      { role: 'agent', text: "No need to notify us, your card works abroad automatically, and there are no foreign transaction fees on your account.", at: '2026-02-24T18:36:00Z', conversation: 'b' },
      { role: 'customer', text: "No fees, even better. Thank you very much!", at: '2026-02-24T18:38:00Z', conversation: 'b' },
      { role: 'customer', text: "Hi, just back from Japan, the card worked perfectly. I'm also moving flat next week. How do I update my address?", at: '2026-03-20T09:05:00Z', conversation: 'c' },
      { role: 'agent', text: "Glad to hear it! You can update your address under Profile > Personal details in the app. It takes effect immediately.", at: '2026-03-20T09:12:00Z', conversation: 'c' },
      { role: 'customer', text: "Done, that was easy. Thanks as always, you guys are great!", at: '2026-03-20T09:15:00Z', conversation: 'c' },
    ],
    expect: { customerTrendNot: "deteriorating", alert: false },
  },
  {
    id: 'r6-happy-saas-returning',
    kind: 'happy returning customer',
    messages: [
      { role: 'customer', text: "Hi, we've been loving the tool on the free plan. What's the difference between the Team and Business plans?", at: '2026-06-02T13:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Hi! Team adds unlimited projects and guest access; Business adds SSO, audit logs and priority support.", at: '2026-06-02T13:08:00Z', conversation: 'a' },
      { role: 'customer', text: "Thanks, Team sounds right for us. Upgrading now.", at: '2026-06-02T13:11:00Z', conversation: 'a' },
      { role: 'customer', text: "Hello, is there a way to export a project board to CSV? I'd like to share it with our finance team.", at: '2026-06-23T10:40:00Z', conversation: 'b' },
      { role: 'agent', text: "Yes, open the board, click the ••• menu and choose Export > CSV.", at: '2026-06-23T10:47:00Z', conversation: 'b' },
      { role: 'customer', text: "Found it, works nicely. Thank you!", at: '2026-06-23T10:50:00Z', conversation: 'b' },
      { role: 'customer', text: "Hi, we hired two new people. How do I add them to the workspace, and will it change our bill?", at: '2026-07-15T15:20:00Z', conversation: 'c' },
      { role: 'agent', text: "Go to Settings > Members > Invite. Each seat is added pro-rata to your next invoice.", at: '2026-07-15T15:26:00Z', conversation: 'c' },
      { role: 'customer', text: "Perfect, both are in. Thanks for the quick answers every time!", at: '2026-07-15T15:29:00Z', conversation: 'c' },
    ],
    expect: { customerTrendNot: "deteriorating", alert: false },
  },
]

/**
 * Task dialogues with an assistant, as rated data sets hold them (booking, recommending): the
 * user's turns only, each answered by the assistant. `met`: the user got what they came for.
 */
export const TASK_DIALOGUES: readonly { readonly met: boolean; readonly turns: readonly string[] }[] = [
  { met: true, turns: ["I'm looking for a cheap hotel in the north of town.", 'Does it have free parking?', 'Great, can you book it for 3 nights from Friday for 2 people?', "Thank you, that's all I need."] },
  { met: true, turns: ['I need a train from Cambridge to London on Saturday.', "I'd like to arrive by 11:00.", 'Yes, please book 4 tickets.', 'Perfect, thanks for your help!'] },
  { met: true, turns: ['Can you recommend a good comedy from the 90s?', "I've seen that one, something else?", "Oh that sounds fun, I'll watch it tonight.", 'Thanks, bye!'] },
  { met: true, turns: ['I like action movies, especially ones with car chases.', "I didn't like Fast and Furious much, the plot was silly.", 'Mad Max was amazing though.', "Yes, I'd watch that. Thanks!"] },
  { met: true, turns: ['Find me an Italian restaurant in the centre.', 'Something moderately priced please.', 'Book a table for 6 at 7pm on Thursday.', 'Thanks. Could you also get me a taxi there?', "No, that's everything. Have a good day."] },
  { met: true, turns: ['I want to find a dentist in San Jose.', 'Is there one open on Saturdays?', 'OK, make an appointment for 10 am.', 'Yes, that is correct.', "That's all, thank you."] },
  { met: false, turns: ['I need a hotel in the east with free wifi.', 'No, I said the east, not the west.', "That one doesn't have wifi. Did you even read my request?", "Forget it, I'll look somewhere else."] },
  { met: false, turns: ['Book me a train to Ely on Tuesday.', 'I asked for Tuesday, this is for Wednesday.', 'Still the wrong day. This is useless.', 'No thanks.'] },
  { met: false, turns: ['Recommend me a horror movie.', "I already told you I've seen that one.", 'You keep suggesting the same movies.', "Never mind, you're not helping."] },
  { met: false, turns: ['I need a restaurant that serves Korean food.', 'There must be at least one. Can you check again?', "That's not Korean, that's Chinese.", 'Ugh. OK whatever, thanks anyway.'] },
  { met: false, turns: ['Find me a flight to Denver on the 5th.', "That's way over my budget, I said under $300.", 'Why do you keep giving me expensive ones?', "I'll just book it myself."] },
  { met: false, turns: ["I'm trying to reserve a car for next weekend.", 'The pickup location is wrong, I wanted the airport.', "It's still showing downtown.", 'This is taking forever. Let me talk to a real person.'] },
  // The sixth round: 16 more by the same helper, six of the unhappy ones ending politely.
  { met: true, turns: ["I need a hotel in Edinburgh for two nights starting Friday.", "Somewhere near the old town, under 150 pounds a night if possible.", "The second one sounds good. Does it include breakfast?", "Great, please book it for two adults.", "Perfect, thanks a lot!"] },
  { met: true, turns: ["Can you find me an Italian restaurant in the centre for tonight?", "Four people, around 7:30.", "Yes, book that one please.", "Thank you, that's great."] },
  { met: true, turns: ["I need a train from Cambridge to London on Saturday morning.", "Leaving after 8 am.", "The 8:34 works. How long is the journey?", "Okay, please book one ticket.", "Thanks, that's all I needed."] },
  { met: true, turns: ["I need a taxi from the station to the Grand Hotel.", "At 6:15 pm today.", "Yes, that's right.", "Got it, thanks for your help!"] },
  { met: true, turns: ["Recommend me a movie for tonight, something funny but not too silly.", "I've seen that one already. Anything from the last couple of years?", "Oh, that sounds fun, I haven't seen it.", "Where can I stream it?", "Great, I'll watch that. Thanks!"] },
  { met: true, turns: ["Find me flights from Boston to Denver on June 12.", "Nonstop only please.", "The afternoon one at 2:10 looks good. What's the fare?", "Okay, that's fine. Hold it for me.", "Thank you, very helpful."] },
  { met: true, turns: ["I'd like to book a dentist appointment next week.", "A morning slot would be best.", "Tuesday at 9:30 works for me.", "Yes, confirm it please.", "Wonderful, thank you!"] },
  { met: true, turns: ["Can you suggest some music similar to Norah Jones?", "Nice, something a bit more upbeat too?", "I like that second artist already. Can you make me a playlist?", "Love it, thanks so much!"] },
  { met: false, turns: ["I need a hotel in Manchester for Saturday night.", "It needs to have free parking.", "That one doesn't have parking though, I asked for free parking.", "Still no parking on these. Never mind.", "I'll check elsewhere, bye."] },
  { met: false, turns: ["Book a table for two at a vegetarian restaurant tomorrow at 8.", "Sorry, I said vegetarian. That's a steakhouse.", "Tomorrow, not today.", "Ok, thanks anyway."] },
  { met: false, turns: ["I want a train from Leeds to York on Sunday around 10am.", "Leeds to York, not York to Leeds.", "Around 10 in the morning please.", "Hmm, those are all in the evening. I'll look it up myself, thanks."] },
  { met: false, turns: ["Can you get me a taxi to the airport at 5 am tomorrow?", "Tomorrow at 5 in the morning.", "What do you mean no taxis available? I booked one last week no problem.", "This is useless. I'll just call a cab company directly."] },
  { met: false, turns: ["Recommend a horror movie that isn't too gory.", "I said not too gory, that one is famous for being gory.", "Something more psychological maybe?", "I've seen all of these. Okay, thanks anyway."] },
  { met: false, turns: ["Find me a flight from Chicago to Miami on March 3.", "I'd prefer under 300 dollars.", "These are all over 400.", "Are there any cheaper ones on March 4 then?", "Alright, I'll keep looking somewhere else. Bye."] },
  { met: false, turns: ["I need to reschedule my doctor's appointment from Thursday to Friday.", "No, I want to move it, not cancel it.", "Why did it cancel my appointment?? I explicitly said reschedule.", "Unbelievable. Now I have to call the clinic anyway. Thanks for nothing."] },
  { met: false, turns: ["Play me some relaxing jazz for studying.", "Something without vocals, please.", "This one has singing again.", "Okay, I'll just find a playlist myself. Thanks."] },
]

/** The same kinds in the other languages the reader reads (es, de, fr, it, pt, ar). */
export const SCENARIOS_OTHER_LANGUAGES: readonly Scenario[] = [
  {
    id: 'es-fix',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: 'La aplicación se cierra cada vez que abro un informe. Es muy molesto.', at: '2026-06-01T10:00:00Z' },
      { role: 'agent', text: 'Lo siento. Actualice a la versión 4.2, por favor.', at: '2026-06-01T10:05:00Z' },
      { role: 'customer', text: 'Vale, actualizando.', at: '2026-06-01T10:07:00Z' },
      { role: 'customer', text: 'Ya la actualicé y sigue cerrándose. Genial.', at: '2026-06-01T10:20:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'de-fix',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: 'Die App stürzt jedes Mal ab, wenn ich einen Bericht öffne. Sehr ärgerlich.', at: '2026-06-01T10:00:00Z' },
      { role: 'agent', text: 'Das tut mir leid. Bitte aktualisieren Sie auf Version 4.2.', at: '2026-06-01T10:05:00Z' },
      { role: 'customer', text: 'Okay, ich aktualisiere gerade.', at: '2026-06-01T10:07:00Z' },
      { role: 'customer', text: 'Aktualisiert und sie stürzt immer noch ab. Toll.', at: '2026-06-01T10:20:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'fr-fix',
    kind: 'a fix that fails',
    messages: [
      { role: 'customer', text: "L'application plante à chaque fois que j'ouvre un rapport. C'est très agaçant.", at: '2026-06-01T10:00:00Z' },
      { role: 'agent', text: 'Désolé. Veuillez passer à la version 4.2.', at: '2026-06-01T10:05:00Z' },
      { role: 'customer', text: "D'accord, je mets à jour.", at: '2026-06-01T10:07:00Z' },
      { role: 'customer', text: 'Mise à jour faite et ça plante toujours. Génial.', at: '2026-06-01T10:20:00Z' },
    ],
    expect: { arc: ['negative', 'neutral', 'negative'], trend: 'deteriorating', escalate: true },
  },
  {
    id: 'pt-rec',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: 'Fui cobrado duas vezes pelo mesmo pedido! Que absurdo.', at: '2026-06-04T08:00:00Z' },
      { role: 'agent', text: 'Desculpe! Já estornamos a cobrança duplicada.', at: '2026-06-04T08:20:00Z' },
      { role: 'customer', text: 'Que rápido, muito obrigado!', at: '2026-06-04T08:25:00Z' },
    ],
    expect: { trend: 'improving', resolutionDeltaMin: 0.5, escalate: false },
  },
  {
    id: 'it-rec',
    kind: 'recovered',
    messages: [
      { role: 'customer', text: 'Il pacco è arrivato danneggiato, sono molto deluso.', at: '2026-06-05T08:00:00Z' },
      { role: 'agent', text: 'Ci scusi! Le spediamo subito un sostituto gratis.', at: '2026-06-05T08:30:00Z' },
      { role: 'customer', text: 'Perfetto, grazie mille!', at: '2026-06-05T08:35:00Z' },
    ],
    expect: { trend: 'improving', resolutionDeltaMin: 0.5, escalate: false },
  },
  {
    id: 'es-urg',
    kind: 'a thank-you that keeps a deadline open',
    messages: [
      { role: 'customer', text: 'Nuestra tienda abre hoy a mediodía y el pago da error. ¡Necesitamos ayuda urgente!', at: '2026-06-16T08:00:00Z' },
      { role: 'agent', text: 'Gracias, ya lo pasé a ingeniería.', at: '2026-06-16T08:10:00Z' },
      { role: 'customer', text: 'Gracias. Avísenme en cuanto sepan algo, no nos queda mucho tiempo.', at: '2026-06-16T08:12:00Z' },
    ],
    expect: { urgencyMin: 0.6, trendNot: 'improving' },
  },
  {
    id: 'de-urg',
    kind: 'a thank-you that keeps a deadline open',
    messages: [
      { role: 'customer', text: 'Die Gehaltsabrechnung muss heute bis 17 Uhr raus und der Export bricht mit einem Fehler ab. Bitte dringend helfen!', at: '2026-06-16T08:00:00Z' },
      { role: 'agent', text: 'Ich habe es an unsere Entwickler weitergegeben.', at: '2026-06-16T08:10:00Z' },
      { role: 'customer', text: 'Danke. Bitte halten Sie mich auf dem Laufenden, die Zeit läuft.', at: '2026-06-16T08:12:00Z' },
    ],
    expect: { urgencyMin: 0.6, trendNot: 'improving' },
  },
  {
    id: 'fr-again',
    kind: 'back about the same problem',
    messages: [
      { role: 'customer', text: "L'application me déconnecte toutes les cinq minutes.", at: '2026-05-01T10:00:00Z', conversation: 'a' },
      { role: 'agent', text: "Mettez à jour l'application, cela devrait régler le problème.", at: '2026-05-01T10:10:00Z', conversation: 'a' },
      { role: 'customer', text: 'Mise à jour faite, mais elle me déconnecte toujours.', at: '2026-05-03T10:00:00Z', conversation: 'b' },
      { role: 'customer', text: "Je vous écris encore une fois pour les déconnexions. Rien n'a changé.", at: '2026-05-05T10:00:00Z', conversation: 'c' },
    ],
    expect: { customerTrend: 'deteriorating', repeatContactsMin: 3 },
  },
  {
    id: 'pt-polite',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: 'Olá! Como adiciono um segundo administrador?', at: '2026-05-04T09:00:00Z' },
      { role: 'agent', text: 'Vá em Configurações, Membros e Convidar.', at: '2026-05-04T09:03:00Z' },
      { role: 'customer', text: 'Achei. O novo administrador precisa de licença própria?', at: '2026-05-04T09:05:00Z' },
      { role: 'agent', text: 'Não, a licença é compartilhada.', at: '2026-05-04T09:07:00Z' },
      { role: 'customer', text: 'Ótimo. E ele pode ver a cobrança?', at: '2026-05-04T09:09:00Z' },
      { role: 'agent', text: 'Só os donos, por padrão.', at: '2026-05-04T09:11:00Z' },
      { role: 'customer', text: 'Perfeito, muito obrigado pela ajuda rápida!', at: '2026-05-04T09:16:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'it-polite',
    kind: 'long and polite',
    messages: [
      { role: 'customer', text: 'Buongiorno, come posso esportare i contatti?', at: '2026-05-04T09:00:00Z' },
      { role: 'agent', text: 'Vada su Contatti e scelga Esporta.', at: '2026-05-04T09:03:00Z' },
      { role: 'customer', text: 'Trovato. Quali formati ci sono?', at: '2026-05-04T09:05:00Z' },
      { role: 'agent', text: 'CSV e vCard.', at: '2026-05-04T09:07:00Z' },
      { role: 'customer', text: 'Posso includere anche le note?', at: '2026-05-04T09:09:00Z' },
      { role: 'agent', text: 'Sì, spunti Includi note.', at: '2026-05-04T09:11:00Z' },
      { role: 'customer', text: 'Perfetto, grazie mille!', at: '2026-05-04T09:16:00Z' },
    ],
    expect: { escalate: false, noCue: 'repeat-contact', arcLast: 'positive', trendNot: 'deteriorating' },
  },
  {
    id: 'ar-slow',
    kind: 'slow reply, then thanks',
    messages: [
      { role: 'customer', text: 'الفاتورة عليها اسم الشركة الخطأ، هل يمكن تصحيحه؟', at: '2026-05-05T08:00:00Z' },
      { role: 'agent', text: 'نعتذر عن التأخير! تم تصحيح الاسم.', at: '2026-05-06T09:00:00Z' },
      { role: 'customer', text: 'تمام، شكرا جزيلا!', at: '2026-05-06T09:30:00Z' },
    ],
    expect: { escalate: false, arcLast: 'positive', trend: 'improving' },
  },
]
