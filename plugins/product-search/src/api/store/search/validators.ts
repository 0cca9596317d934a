import { z } from "@medusajs/framework/zod"
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "title_asc", "newest"] as const
export const MAX_LIMIT = 100

export const MAX_QUERY_LENGTH = 200
const MAX_PAGE = 500
const MAX_PRICE = 1_000_000
const MAX_VALUES = 20

/** One value or several (`colour=Red&colour=Blue`, or `colour=Red,Blue`), always as a list. */
const list = (field: string, item: z.ZodString) =>
  z
    .union([item, z.array(item)])
    .transform((value) => [value].flat())
    .refine((values) => values.length <= MAX_VALUES, `${field} takes at most ${MAX_VALUES} values`)

const idWithPrefix = (field: string, prefix: string, what: string) =>
  z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,64}$`), `${field} must be ${what} id (${prefix}_…)`)

// Medusa's validator words range and type errors with the field name ("Value for field 'page' too small…").
const price = z.coerce.number().min(0).max(MAX_PRICE)

/** GET /store/search: unknown parameters are refused, so typos in parameter names do not pass silently. */
export const StoreSearchParams = z
  .object({
    q: z.string().trim().max(MAX_QUERY_LENGTH).default(""),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(20),
    sort: z.enum(SEARCH_SORTS).default("relevance"),
    category_id: list("category_id", idWithPrefix("category_id", "pcat", "a category")).optional(),
    colour: list("colour", z.string().trim().min(1).max(50)).optional(),
    in_stock_at: idWithPrefix("in_stock_at", "sloc", "a stock location").optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "currency must be a three-letter currency code")
      .transform((code) => code.toLowerCase())
      .optional(),
    price_min: price.optional(),
    price_max: price.optional(),
  })
  .strict()
  .refine((params) => params.price_min === undefined || params.price_max === undefined || params.price_min <= params.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })
  .refine((params) => params.currency || (params.price_min === undefined && params.price_max === undefined && !params.sort.startsWith("price")), {
    message: "currency is required with price_min, price_max or a price sort",
    path: ["currency"],
  })

export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>
