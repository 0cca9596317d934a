import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"

type PaymentRow = { id: string; captured_at?: Date | string | null; canceled_at?: Date | string | null } | null

export const captureOrderPaymentStepId = "capture-order-payment"

/**
 * Goods leave the store only once they are paid for: an authorised payment not yet
 * captured (the system provider, or Stripe with manual capture) is captured at
 * hand-over. A refused capture stops the hand-over with a message for the till.
 * Compensation refunds what this step captured, should a later step fail.
 */
export const captureOrderPaymentStep = createStep(
  captureOrderPaymentStepId,
  async ({ order_id, actor_id }: { order_id: string; actor_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
      filters: { id: order_id },
    })
    const uncaptured = (data[0]?.payment_collections ?? [])
      .flatMap((collection: { payments?: PaymentRow[] | null } | null) => collection?.payments ?? [])
      .filter((payment: PaymentRow) => payment && !payment.captured_at && !payment.canceled_at)
      .map((payment: PaymentRow) => payment!.id)
    const captured: string[] = []
    for (const paymentId of uncaptured) {
      try {
        await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId, captured_by: actor_id } })
        captured.push(paymentId)
      } catch (error) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The payment could not be taken (${(error as Error).message}); do not hand the order over: contact the customer.`,
        )
      }
    }
    return new StepResponse({ captured }, captured)
  },
  async (captured, { container }) => {
    for (const paymentId of captured ?? []) {
      await refundPaymentWorkflow(container).run({ input: { payment_id: paymentId } })
    }
  },
)
