import { model } from "@medusajs/framework/utils"
import { PickupOrder } from "./pickup-order"

/**
 * The pickup's timeline: each status change, each notification, each wrong
 * code typed at the till. Who did it, when, and how the collector proved who
 * they were.
 */
export const PickupEvent = model.define("pickup_event", {
  id: model.id({ prefix: "pickev" }).primaryKey(),
  /** created | prepare | ready | notified | rejected | handed_over | expired | verification_failed */
  action: model.text(),
  from_status: model.text().nullable(),
  to_status: model.text().nullable(),
  /** Admin user id, or "system" for the scheduled job and order subscriber. */
  actor_id: model.text(),
  note: model.text().nullable(),
  verification_method: model.enum(["code", "fallback"]).nullable(),
  pickup_order: model.belongsTo(() => PickupOrder, { mappedBy: "events" }),
})
