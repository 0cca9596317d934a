/**
 * A review's moderation: it waits as `pending`, is published once `approved`,
 * hidden with a reason when `rejected`, and `flagged` when it needs a second look
 * (hidden meanwhile). Only approved reviews are public.
 */
export const REVIEW_STATUSES = ["pending", "approved", "rejected", "flagged"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** Which statuses each moderation action may start from. */
export const MODERATION_FROM = {
  approve: ["pending", "flagged", "rejected"],
  reject: ["pending", "flagged", "approved"],
  flag: ["pending", "approved"],
} as const satisfies Record<string, readonly ReviewStatus[]>

export type ModerationAction = keyof typeof MODERATION_FROM

export const ACTION_TO_STATUS: Record<ModerationAction, ReviewStatus> = { approve: "approved", reject: "rejected", flag: "flagged" }
