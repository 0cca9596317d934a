/**
 * A pickup's life: received → preparing → ready → collected, or it ends
 * rejected (the store cannot serve it), expired (nobody came within the hold
 * period) or cancelled (the order was cancelled elsewhere).
 */
export const PICKUP_STATUSES = ["received", "preparing", "ready", "collected", "rejected", "expired", "cancelled"] as const
export type PickupStatus = (typeof PICKUP_STATUSES)[number]

export const ACTIVE_STATUSES: readonly PickupStatus[] = ["received", "preparing", "ready"]

/** Which statuses each action may start from. */
export const ALLOWED_FROM = {
  prepare: ["received"],
  ready: ["received", "preparing"],
  resend: ["ready"],
  reject: ["received", "preparing", "ready"],
  short_pick: ["received", "preparing"],
  hand_over: ["ready"],
  expire: ["ready"],
  cancel: ["received", "preparing", "ready"],
} as const satisfies Record<string, readonly PickupStatus[]>

export type PickupAction = keyof typeof ALLOWED_FROM
