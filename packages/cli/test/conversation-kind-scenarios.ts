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
