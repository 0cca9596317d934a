import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { settleUnpaidCartOrder, type SettledCartOrder } from "../../lib/settle-unpaid-cart-order"

export const settleUnpaidOrdersStepId = "settle-unpaid-orders"

/**
 * Orders placed from a cart more than `older_than_minutes` ago that still have no live
 * payment (a deferred method, "pending_authorization", is paid later on purpose and left
 * alone): each is finished (its payment authorised) or released (canceled, stock freed,
 * cart reopened) by `settleUnpaidCartOrder`. One failing is reported and left for the
 * next run. Each settlement is its own workflow with its own compensation.
 */
export const settleUnpaidOrdersStep = createStep(
  settleUnpaidOrdersStepId,
  async (input: { older_than_minutes: number; limit: number }, { container }) => {
    // Medusa's Query cannot filter orders by a linked payment's absence; its link tables can
    // (order_cart, order_payment_collection: Medusa's own link definitions). Candidates only:
    // each is checked again under the cart's lock by settleUnpaidCartOrder.
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const before = new Date(Date.now() - input.older_than_minutes * 60_000)
    const { rows } = await pg.raw(
      `select o.id as order_id, oc.cart_id from "order" o
         join order_cart oc on oc.order_id = o.id and oc.deleted_at is null
       where o.status = 'pending' and o.canceled_at is null and o.deleted_at is null and o.created_at < ?
         and not exists (
           select 1 from order_payment_collection opc
             join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null and p.canceled_at is null
           where opc.order_id = o.id and opc.deleted_at is null)
         and not exists (
           select 1 from order_payment_collection opc
             join payment_session ps on ps.payment_collection_id = opc.payment_collection_id and ps.deleted_at is null
           where opc.order_id = o.id and opc.deleted_at is null and ps.status = 'pending_authorization')
       order by o.created_at limit ?`,
      [before, input.limit],
    )
    const orders = rows as { order_id: string; cart_id: string }[]
    const settled: (SettledCartOrder & { cart_id: string; error?: string })[] = []
    for (const { cart_id: cartId } of orders) {
      try {
        settled.push({ ...(await settleUnpaidCartOrder(container, cartId)), cart_id: cartId })
      } catch (error: any) {
        settled.push({ kind: "no-order", cart_id: cartId, error: error?.message ?? String(error) })
      }
    }
    return new StepResponse(settled)
  },
)
