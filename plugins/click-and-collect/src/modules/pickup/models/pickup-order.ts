import { model } from "@medusajs/framework/utils"
import { PICKUP_STATUSES } from "../statuses"
import { PickupEvent } from "./pickup-event"

/**
 * An order to be collected at one of the producer's stores. One per order;
 * `location_id` is the store (a stock location), `order_id` the Medusa order.
 */
export const PickupOrder = model
  .define("pickup_order", {
    id: model.id({ prefix: "pick" }).primaryKey(),
    order_id: model.text(),
    location_id: model.text(),
    status: model.enum([...PICKUP_STATUSES]).default("received"),
    /** The promised "ready by" time the shopper saw: staff see late ones first. */
    due_at: model.dateTime(),
    /** Some goods come from the warehouse: their stock moves to the store when the order is made ready. */
    ship_to_store: model.boolean().default(false),
    /** AES-GCM sealed collection code (see pickup-code.ts): never stored or logged in clear. */
    sealed_code: model.text().nullable(),
    ready_at: model.dateTime().nullable(),
    notified_at: model.dateTime().nullable(),
    collected_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
    /**
     * A hand-over or short pick under way: set before its first change of money or
     * stock, cleared when it ends. Still set after a crash, so the staff screen offers
     * "retry" and the retry resumes the recorded plan instead of planning again.
     */
    pending_action: model.enum(["hand_over", "short_pick"]).nullable(),
    pending_plan: model.json().nullable(),
    pending_since: model.dateTime().nullable(),
    events: model.hasMany(() => PickupEvent, { mappedBy: "pickup_order" }),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["location_id", "status"] },
  ])
