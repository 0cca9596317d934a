import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formatAmount } from "@fairmade/shop-core/lib/money"
import { recordCounterPaymentWorkflow } from "../../../../../workflows/record-counter-payment"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"
import type { AdminCounterPaymentType } from "../../validators"

export type CounterPaymentResponse = {
  counter_payment: { method: "card" | "cash"; currency_code: string; due: string; tendered: string; change: string }
  pickup: Awaited<ReturnType<typeof pickupDetail>>
}

/**
 * POST /staff-api/pickups/:id/counter-payment `{ method: "card" | "cash", amount }`:
 * the collector pays at the till what the order still owes; cash answers the change.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCounterPaymentType>, res: MedusaResponse<CounterPaymentResponse>) {
  const { id } = await pickupOfStaff(req)
  const { result } = await recordCounterPaymentWorkflow(req.scope).run({
    input: { pickup_id: id, actor_id: actorOf(req), method: req.validatedBody.method, amount: String(req.validatedBody.amount) },
  })
  const { method, currency_code, due, tendered, change } = result
  const money = (value: string) => formatAmount(value, currency_code)
  res.json({
    counter_payment: { method, currency_code, due: money(due), tendered: money(tendered), change: money(change) },
    pickup: await pickupDetail(req.scope, { id }),
  })
}
