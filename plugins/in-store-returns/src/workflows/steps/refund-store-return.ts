import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { STORE_RETURN_MODULE } from "../../modules/store-return"
import type StoreReturnModuleService from "../../modules/store-return/service"

export const refundStoreReturnStepId = "refund-store-return"

type PaymentBalance = { id: string; refundable: ReturnType<typeof MathBN.convert>; refunds: { note?: string | null; raw_amount?: unknown; amount?: unknown }[] }

/** The note every refund of a return carries: how a retry finds what was already paid for it. */
export const refundNote = (storeReturnId: string) => `Return ${storeReturnId}`

const sum = (entries: { raw_amount?: unknown; amount?: unknown }[] | null | undefined) =>
  MathBN.sum(0, ...(entries ?? []).map((entry) => (entry.raw_amount ?? entry.amount ?? 0) as any))

async function paymentBalances(container: any, orderId: string): Promise<PaymentBalance[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "payment_collections.payments.id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.raw_amount",
      "payment_collections.payments.refunds.raw_amount",
      "payment_collections.payments.refunds.note",
    ],
    filters: { id: orderId },
  })
  const payments = (data[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  return payments
    .filter((payment: any) => !payment.canceled_at)
    .map((payment: any) => ({ id: payment.id, refundable: MathBN.sub(sum(payment.captures), sum(payment.refunds)), refunds: payment.refunds ?? [] }))
}

/**
 * Pays the return's pending refund back to the order's original payment(s), through
 * Medusa's refund workflow (so Stripe refunds go through its provider). It never
 * throws: a refund that cannot be made leaves the return "refund_failed" with the
 * reason and the amount still pending, for staff to retry. Money sent cannot be
 * taken back, so this is the last step that changes anything and has no compensation.
 *
 * Paying twice is what a crash could cause: the refund made, the process killed before
 * our record says so. Each refund carries the note `Return <id>`, and before paying,
 * what Medusa's refunds with that note add up to beyond our `refunded_amount` is taken
 * off the pending amount: a rerun pays only what was never paid.
 */
export const refundStoreReturnStep = createStep(
  refundStoreReturnStepId,
  async (input: { store_return_id: string; refunded_by: string }, { container }) => {
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    const storeReturn = await storeReturns.retrieveStoreReturn(input.store_return_id)
    let pending = MathBN.convert(storeReturn.pending_refund_amount)
    let refunded = MathBN.convert(storeReturn.refunded_amount)
    let error: string | null = null
    const note = refundNote(storeReturn.id)

    const balances = await paymentBalances(container, storeReturn.order_id)
    const paidByMedusa = sum(balances.flatMap((balance) => balance.refunds.filter((refund) => refund.note === note)))
    const unrecorded = MathBN.sub(paidByMedusa, refunded)
    if (unrecorded.gt(0)) {
      const settled = MathBN.min(unrecorded, pending)
      pending = MathBN.sub(pending, settled)
      refunded = MathBN.add(refunded, settled)
    }

    if (pending.gt(0)) {
      const available = MathBN.sum(0, ...balances.map((balance) => balance.refundable))
      if (available.lt(pending)) {
        error = `The original payment has ${available.toString()} ${storeReturn.currency_code.toUpperCase()} left to refund (captured minus refunded); ${pending.toString()} are due. Capture the payment, then retry.`
      } else {
        for (const balance of balances) {
          if (pending.isZero()) break
          const amount = MathBN.min(balance.refundable, pending)
          if (!amount.gt(0)) continue
          try {
            await refundPaymentWorkflow(container).run({
              input: { payment_id: balance.id, amount: amount.toNumber(), created_by: input.refunded_by, note },
            })
            crashPoint("returns.refund.after-payment-refund")
            pending = MathBN.sub(pending, amount)
            refunded = MathBN.add(refunded, amount)
          } catch (refundError: any) {
            error = `The payment provider refused the refund: ${refundError?.message ?? refundError}`
            break
          }
        }
      }
    }

    const status = pending.gt(0) ? "refund_failed" : refunded.gt(0) ? "refunded" : "no_refund_due"
    const updated = await storeReturns.updateStoreReturns({
      id: storeReturn.id,
      status,
      refunded_amount: refunded.toNumber(),
      pending_refund_amount: pending.toNumber(),
      refund_error: error,
    })
    return new StepResponse(updated)
  },
)
