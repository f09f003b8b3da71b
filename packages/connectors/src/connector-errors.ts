/** A vendor payload that cannot be mapped (malformed, missing required fields). The server answers 400 with `code`. */
export class VendorPayloadError extends Error {
  readonly code = 'UT_E_VENDOR_PAYLOAD'
  constructor(message: string) {
    super(message)
    this.name = 'VendorPayloadError'
  }
}

/**
 * A call to a vendor or a destination that failed. `retryAfterMs` comes from `Retry-After` on 429/503;
 * `permanent` marks failures a retry cannot fix (400, 401, 403, 404, 422).
 */
export class VendorHttpError extends Error {
  readonly code = 'UT_E_VENDOR_HTTP'
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryAfterMs: number | null,
    readonly permanent: boolean,
  ) {
    super(message)
    this.name = 'VendorHttpError'
  }
}

/** An outbound request refused by the policy before it was sent (private address, redirect, bad URL). */
export class OutboundRefusedError extends Error {
  readonly code = 'UT_E_OUTBOUND_REFUSED'
  constructor(message: string) {
    super(message)
    this.name = 'OutboundRefusedError'
  }
}
