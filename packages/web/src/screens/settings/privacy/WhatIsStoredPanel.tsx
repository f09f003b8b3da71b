/**
 * In plain words: what Undertone stores about a workspace's customers, for how long, and how to
 * erase it. The panels after it change each part. (No in-page links: the hash holds the route.)
 */
export function WhatIsStoredPanel() {
  return (
    <section className="card" aria-labelledby="stored-title">
      <h2 id="stored-title">What is stored</h2>
      <dl className="facts">
        <dt>Message texts</dt>
        <dd>
          Redacted before they are stored: e-mail addresses, phone numbers, payment card numbers, IBANs, IP addresses and national id numbers become placeholders such as <code>[email]</code>, and so does whatever your extra rules match (see Redaction before storage, below). The original text is never written to the database, the logs or anything Undertone sends.
        </dd>
        <dt>Readings</dt>
        <dd>For each customer message: sentiment, emotions, the cues behind them (positions in the redacted text) and the language. For conversations and customers: health, trend, escalation and churn risk.</dd>
        <dt>Rollups</dt>
        <dd>Daily counts and averages per product area, language, channel and the like, behind Analytics. They hold no message text.</dd>
        <dt>Also</dt>
        <dd>Your team’s corrections and review flags, alerts and their deliveries, API keys (as hashes) and the audit trail.</dd>
        <dt>For how long</dt>
        <dd>
          Message texts: forever unless you set a retention period (below); after it the texts are emptied and readings, rollups and analytics stay. Everything else: until the customer is erased.
        </dd>
        <dt>How to erase</dt>
        <dd>
          One customer, with everything stored about them: with One customer’s data below, <code>DELETE /v1/customers/ID</code> or <code>undertone customers erase ID</code>. Export them first with <code>GET /v1/customers/ID/export</code> if they asked for a copy.
        </dd>
      </dl>
    </section>
  )
}
