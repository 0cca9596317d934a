import { model } from "@medusajs/framework/utils"

/**
 * One training run that stored lists: what the next scheduled run compares
 * against to skip, update incrementally, or retrain in full.
 */
export const RecommendationTrainingRun = model
  .define("recommendation_training_run", {
    id: model.id({ prefix: "rectrn" }).primaryKey(),
    mode: model.enum(["full", "incremental"]),
    /** The latest signal change (updated_at) the model holds; later changes are the next run's. */
    signals_until: model.dateTime().nullable(),
    /** Signals read by this run: all of them (full) or only the new ones (incremental). */
    signals: model.number(),
    products: model.number(),
    lists: model.number(),
    milliseconds: model.number(),
  })
  .indexes([{ on: ["created_at"] }])
