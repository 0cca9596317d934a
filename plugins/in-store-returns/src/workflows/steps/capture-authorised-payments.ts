import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

export const captureAuthorisedPaymentsStepId = "capture-authorised-payments"

const sum = (entries: { raw_amount?: unknown; amount?: unknown }[] | null | undefined) =>
  MathBN.sum(0, ...(entries ?? []).map((entry) => (entry.raw_amount ?? entry.amount ?? 0) as any))

/**
 * A return can only be booked on delivered items, which the shop is owed for. If the
 * order's payment is still only authorised, Medusa would cancel that authorisation as
 * soon as a return changes what is owed (`createOrUpdateOrderPaymentCollectionWorkflow`
 * recreates an authorised collection), leaving nothing to refund. So what is still
 * authorised is captured first, through Medusa's capture workflow (the provider's
 * capture, e.g. Stripe's); the refund at the counter then pays the return's share back.
 * No compensation: money captured for delivered goods is owed whatever happens to the
 * return, and a capture cannot be undone, only refunded.
 */
export const captureAuthorisedPaymentsStep = createStep(
  captureAuthorisedPaymentsStepId,
  async (input: { order_id: string; captured_by: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "payment_collections.status",
        "payment_collections.payments.id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.raw_amount",
        "payment_collections.payments.captures.raw_amount",
      ],
      filters: { id: input.order_id },
    })
    const captured: string[] = []
    for (const collection of (data[0] as any)?.payment_collections ?? []) {
      if (!["authorized", "partially_authorized", "partially_captured"].includes(collection?.status)) continue
      for (const payment of collection.payments ?? []) {
        const uncaptured = MathBN.sub(payment.raw_amount ?? 0, sum(payment.captures))
        if (payment.canceled_at || !uncaptured.gt(0)) continue
        try {
          await capturePaymentWorkflow(container).run({
            input: { payment_id: payment.id, amount: uncaptured.toNumber(), captured_by: input.captured_by },
          })
        } catch (error: any) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `The order's payment is only authorised and could not be captured before the return: ${error?.message ?? error}`,
          )
        }
        captured.push(payment.id)
      }
    }
    return new StepResponse(captured)
  },
)
