import { z } from "@medusajs/framework/zod"

/** full (default): retrain on every signal. auto: what the hourly job does — skip, add new signals, or retrain. */
export const TrainRequest = z.strictObject({ mode: z.enum(["full", "auto"]).default("full") })
export type TrainRequest = z.output<typeof TrainRequest>
