import { model } from "@medusajs/framework/utils"

/**
 * Our side of a Medusa return: the code the shopper shows at the counter, how the
 * parcel comes back, and where its refund stands. Medusa's return keeps the items,
 * reasons and received quantities; this row makes a received-but-unrefunded return
 * visible instead of lost (status "refund_failed" with the error).
 */
export const StoreReturn = model
  .define("store_return", {
    id: model.id({ prefix: "sret" }).primaryKey(),
    // The counter code, never in clear (see lib/return-code.ts): sealed for the shopper's
    // pages and e-mail, and a keyed digest for the counter's lookup.
    sealed_code: model.text(),
    code_digest: model.text().unique(),
    return_id: model.text().unique(),
    order_id: model.text().index(),
    customer_id: model.text().nullable(),
    // drop_at_store: shopper brings it to location_id; mail: posted to the warehouse; in_store: walk-in at the counter.
    method: model.enum(["drop_at_store", "mail", "in_store"]),
    location_id: model.text().index(),
    // receiving: a counter visit is under way (receipts.in_progress says what), Medusa's receive not yet recorded;
    // refund_pending: received and recorded, the refund not yet made. Both are finished by a retry or the
    // recovery job after a crash. "received" is the same as refund_pending, from before these states existed.
    status: model
      .enum(["requested", "receiving", "received", "refund_pending", "refund_failed", "refunded", "no_refund_due"])
      .default("requested"),
    currency_code: model.text(),
    refunded_amount: model.bigNumber().default(0),
    // Amount owed to the shopper that a refund attempt could not pay yet.
    pending_refund_amount: model.bigNumber().default(0),
    refund_error: model.text().nullable(),
    // Each counter visit: who received what, in which condition, and what it refunded;
    // `in_progress`: the visit under way while status is "receiving".
    receipts: model.json().default({ visits: [] }),
  })
