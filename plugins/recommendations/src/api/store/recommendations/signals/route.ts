import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { signedInCustomer } from "../../../../serving/customer"
import { SignalBatch } from "../../../../serving/schemas"
import { parseOrThrow } from "../../../../serving/validation"
import { mergeAnonymousSignalsWorkflow } from "../../../../workflows/merge-anonymous-signals"
import { recordSignalsWorkflow } from "../../../../workflows/record-signals"

/**
 * POST /store/recommendations/signals { consent, anonymous_id?, signals: [{ type, product_id }] }
 * Stores views and add-to-carts only with consent; without it nothing is
 * kept. A signed-in shopper's earlier anonymous signals become theirs.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = parseOrThrow(SignalBatch, req.body, "signal batch")
  if (!batch.consent) {
    res.status(202).json({ stored: 0, merged: 0, reason: "no consent: nothing stored" })
    return
  }
  const customerId = signedInCustomer(req)
  const anonymousId = batch.anonymous_id ?? null
  if (!customerId && !anonymousId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid signal batch: anonymous_id is required when not signed in")

  let merged = 0
  if (customerId && anonymousId) {
    const { result } = await mergeAnonymousSignalsWorkflow(req.scope).run({ input: { anonymous_id: anonymousId, customer_id: customerId } })
    merged = result.merged
  }
  const known = await existingProducts(req, batch.signals.map((signal) => signal.product_id))
  const signals = batch.signals
    .filter((signal) => known.has(signal.product_id))
    .map((signal) => ({ ...signal, customer_id: customerId, anonymous_id: customerId ? null : anonymousId }))
  const { result } = await recordSignalsWorkflow(req.scope).run({ input: { signals } })
  res.status(202).json({ stored: result.created, merged })
}

/** Unknown product ids are dropped rather than stored. */
async function existingProducts(req: AuthenticatedMedusaRequest, ids: string[]): Promise<Set<string>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: [...new Set(ids)] } })
  return new Set(data.map((product: { id: string }) => product.id))
}
