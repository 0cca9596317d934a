import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { isUnpaidOrder, unpaidSessionOf, type OrderPayments } from "../lib/order-payment-state"
import { requirePaymentSessionStep } from "./steps/require-payment-session"

export const payCartOrderWorkflowId = "pay-cart-order"

/**
 * Finishes a cart completion that stopped after the order was created and before the
 * payment was authorised (a crash between Medusa's steps): under the same lock as
 * Medusa's completion (the cart id), authorises the cart's pending payment session, as
 * `completeCartWorkflow` would have, and records its captures on the order. Does nothing
 * when the order has its payment. Throws Medusa's payment error when the provider does
 * not authorise it: the caller then releases the order (`releaseUnpaidOrderWorkflow`).
 */
export const payCartOrderWorkflow = createWorkflow(payCartOrderWorkflowId, (input: { cart_id: string }) => {
  acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
  const { data: links } = useQueryGraphStep({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: input.cart_id },
  }).config({ name: "order-of-cart" })
  const orderId = transform({ links }, ({ links }) => ((links[0] as any)?.order_id as string | undefined) ?? "")
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [
      "id",
      "status",
      "canceled_at",
      "payment_collections.status",
      "payment_collections.payments.id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payment_sessions.id",
      "payment_collections.payment_sessions.status",
    ],
    filters: { id: orderId },
  }).config({ name: "order-payments" })
  const sessionId = transform({ orders }, ({ orders }) => unpaidSessionOf(orders[0] as unknown as OrderPayments | undefined))
  requirePaymentSessionStep(
    transform({ orders, sessionId }, ({ orders, sessionId }) => ({ unpaid: isUnpaidOrder(orders[0] as unknown as OrderPayments | undefined), session_id: sessionId })),
  )
  const authorised = when("authorise-interrupted-payment", { sessionId }, ({ sessionId }) => !!sessionId).then(() => {
    const payment = authorizePaymentSessionStep({ id: sessionId as string })
    addOrderTransactionStep(
      transform({ payment, orderId }, ({ payment, orderId }) =>
        ((payment as any)?.captures ?? []).map((capture: any) => ({
          order_id: orderId,
          amount: capture.raw_amount ?? capture.amount,
          currency_code: (payment as any).currency_code,
          reference: "capture",
          reference_id: capture.id,
        })),
      ),
    )
    return payment
  })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(transform({ orderId, authorised }, ({ orderId, authorised }) => ({ order_id: orderId || null, authorised: !!authorised })))
})
