import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { captureSalePaymentStep } from "./steps/capture-sale-payment"
import { completeSaleCartStep } from "./steps/complete-sale-cart"
import { fulfillSaleAtStoreStep } from "./steps/fulfill-sale-at-store"
import { loadCounterSaleStep } from "./steps/load-counter-sale"
import { planTillPaymentStep, type TillMethod } from "./steps/plan-till-payment"
import { prepareTillPaymentStep } from "./steps/prepare-till-payment"

export type CompleteCounterSaleInput = {
  sale_id: string
  actor_id: string
  /** The stores the member works at (404 for another store's sale); omitted by trusted callers. */
  store_ids?: string[]
  method: TillMethod
  /** What the card terminal charged, or the cash handed over, in the sale's currency. */
  amount: string | number
}

export const completeCounterSaleWorkflowId = "complete-counter-sale"

export const counterSaleLockKey = (saleId: string) => `counter-sale:${saleId}`

/**
 * Completes a counter sale: the till payment is recorded, the cart becomes an
 * order in the store's channel (stock reserved at the store only), the
 * payment is captured, the goods are fulfilled from the store and delivered.
 * Under a lock per sale: a double tap waits, then finds the order. Every step
 * recognises what an earlier (crashed) run of the same sale did, so calling it
 * again finishes the sale instead of selling twice; each mutating step has a
 * compensation, so a failure leaves the basket open and nothing sold.
 */
export const completeCounterSaleWorkflow = createWorkflow(completeCounterSaleWorkflowId, (input: CompleteCounterSaleInput) => {
  const key = transform({ input }, ({ input }) => counterSaleLockKey(input.sale_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const sale = loadCounterSaleStep({ sale_id: input.sale_id, store_ids: input.store_ids })
  const plan = planTillPaymentStep({ sale, method: input.method, amount: input.amount })
  prepareTillPaymentStep({ sale, plan, actor_id: input.actor_id })
  const order = completeSaleCartStep({ sale })
  captureSalePaymentStep({ order_id: order.order_id, actor_id: input.actor_id })
  const fulfillmentInput = transform({ sale, order, input }, ({ sale, order, input }) => ({
    order_id: order.order_id,
    location_id: sale.location_id,
    shipping_option_id: sale.shipping_option_id,
    actor_id: input.actor_id,
  }))
  const fulfillment = fulfillSaleAtStoreStep(fulfillmentInput)
  releaseLockStep({ key })
  const result = transform({ order, fulfillment, plan }, ({ order, fulfillment, plan }) => ({
    order_id: order.order_id,
    fulfillment_id: fulfillment.fulfillment_id,
    payment: plan,
  }))
  return new WorkflowResponse(result)
})
