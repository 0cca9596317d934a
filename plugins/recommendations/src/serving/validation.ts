import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** Parses with a zod schema, or fails with a 400 naming every wrong field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "request"}: ${issue.message}`)
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid ${what}: ${problems.join("; ")}`)
}
