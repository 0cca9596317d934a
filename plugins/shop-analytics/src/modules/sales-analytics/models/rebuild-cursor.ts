import { model } from "@medusajs/framework/utils"

/** Where `npm run analytics:rebuild` stopped: the next run resumes after `last_order_id`. */
export const RebuildCursor = model.define("sales_rebuild_cursor", {
  id: model.id({ prefix: "srcur" }).primaryKey(),
  name: model.text().unique(),
  last_order_id: model.text().nullable(),
  done: model.number().default(0),
  total: model.number().default(0),
  finished_at: model.dateTime().nullable(),
})
