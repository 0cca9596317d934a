import { z } from "@medusajs/framework/zod"
import { MAX_PHOTOS } from "../lib/photos"
import { REVIEW_STATUSES } from "../modules/review/statuses"

export const MAX_BODY_CHARS = 5000
export const MAX_TITLE_CHARS = 120

/** Characters as a reader counts them (code points), not UTF-16 units. */
const chars = (value: string) => [...value].length

export const StoreCreateReview = z
  .object({
    /** From the review request e-mail's link. */
    token: z.string({ error: "token is required: open the link of your review request e-mail." }).min(1).max(200),
    product_id: z.string().min(1).max(100),
    rating: z.coerce
      .number()
      .refine((value) => Number.isInteger(value) && value >= 1 && value <= 5, "rating must be a whole number from 1 to 5."),
    title: z
      .string()
      .trim()
      .refine((value) => value.length > 0, "title is required.")
      .refine((value) => chars(value) <= MAX_TITLE_CHARS, `title may be at most ${MAX_TITLE_CHARS} characters.`),
    body: z
      .string()
      .trim()
      .refine((value) => value.length > 0, "text is required.")
      .refine((value) => chars(value) <= MAX_BODY_CHARS, `text may be at most ${MAX_BODY_CHARS.toLocaleString("en")} characters.`),
    /** Base64 (optionally a data: URL) of JPEG, PNG or WebP images, 2 MB each. */
    photos: z
      .array(z.string())
      .refine((photos) => photos.length <= MAX_PHOTOS, `At most ${MAX_PHOTOS} photos per review.`)
      .optional(),
  })
  .strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

export const StoreReportReview = z
  .object({
    reason: z
      .string()
      .trim()
      .refine((value) => value.length >= 3 && value.length <= 500, "Say in a few words (3 to 500 characters) what is wrong with this review."),
  })
  .strict()

export const StoreHelpfulVote = z.object({}).strict()

export const REVIEW_SORTS = ["newest", "helpful", "lowest"] as const
export const StoreListReviews = z
  .object({
    sort: z.enum(REVIEW_SORTS).default("newest"),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListReviewsType = z.infer<typeof StoreListReviews>

export const StoreReviewSummaries = z
  .object({
    product_ids: z.preprocess(
      (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
      z.array(z.string().min(1)).min(1).max(100),
    ),
  })
  .strict()

export const AdminListReviews = z
  .object({
    status: z.enum(REVIEW_STATUSES).optional(),
    /** Only reviews shoppers reported. */
    reported: z.preprocess((value) => value === "true" || value === true, z.boolean()).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListReviewsType = z.infer<typeof AdminListReviews>

export const AdminApproveReview = z.object({}).strict()
export const AdminRejectReview = z.object({ reason: z.string({ error: "Give the reason for the rejection (3 to 500 characters)." }).trim().refine((value) => value.length >= 3 && value.length <= 500, "Give the reason for the rejection (3 to 500 characters).") }).strict()
export const AdminFlagReview = z.object({ reason: z.string().trim().max(500).optional() }).strict()
export const AdminReplyToReview = z
  .object({ body: z.string().trim().refine((value) => value.length > 0, "The reply is empty.").refine((value) => chars(value) <= MAX_BODY_CHARS, `The reply may be at most ${MAX_BODY_CHARS} characters.`) })
  .strict()
export const AdminSendReviewRequests = z
  .object({ delay_days: z.number().int().min(0).max(365).optional(), window_days: z.number().int().min(1).max(365).optional() })
  .strict()
