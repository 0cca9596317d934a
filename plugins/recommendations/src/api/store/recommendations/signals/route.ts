import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { signedInCustomer } from "../../../../serving/customer"
import { SignalBatch } from "../../../../serving/schemas"
import { parseOrThrow } from "../../../../serving/validation"
import { checkSignalCaps, clientKey, SIGNAL_WINDOW_MS, signalCaps } from "../../../../serving/signal-caps"
import { RECOMMENDATION_MODULE } from "../../../../modules/recommendation"
import type RecommendationModuleService from "../../../../modules/recommendation/service"
import { mergeAnonymousSignalsWorkflow } from "../../../../workflows/merge-anonymous-signals"
import { recordSignalsWorkflow } from "../../../../workflows/record-signals"

/**
 * POST /store/recommendations/signals { consent, anonymous_id?, signals: [{ type, product_id }] }
 * Stores views and add-to-carts only with consent; without it nothing is
 * kept. A signed-in shopper's earlier anonymous signals become theirs.
 * At most RECOMMENDATION_SIGNALS_PER_SHOPPER_HOUR signals per shopper and
 * RECOMMENDATION_SIGNALS_PER_ADDRESS_HOUR per sender address in any hour: a
 * batch that would exceed either is refused whole (429, nothing stored).
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
  const client_key = clientKey(req)
  const signals = batch.signals
    .filter((signal) => known.has(signal.product_id))
    .map((signal) => ({ ...signal, customer_id: customerId, anonymous_id: customerId ? null : anonymousId, client_key }))
  const service: RecommendationModuleService = req.scope.resolve(RECOMMENDATION_MODULE)
  const since = { created_at: { $gt: new Date(Date.now() - SIGNAL_WINDOW_MS) } }
  const count = async (filters: Record<string, unknown>) => (await service.listAndCountRecommendationSignals({ ...filters, ...since }, { select: ["id"], take: 1 }))[1]
  const [shopper, address] = await Promise.all([count(customerId ? { customer_id: customerId } : { anonymous_id: anonymousId, customer_id: null }), count({ client_key })])
  const verdict = checkSignalCaps({ shopper, address }, signals.length, signalCaps())
  if (!verdict.allowed) {
    const who = verdict.cap === "shopper" ? "this shopper" : "this address"
    res.setHeader("Retry-After", String(SIGNAL_WINDOW_MS / 1000))
    res.status(429).json({
      type: "too_many_signals",
      message: `Too many signals: ${who} may send ${verdict.limit} per hour and sent ${verdict.used}; this batch of ${signals.length} was not stored.`,
      stored: 0,
      merged,
    } as never)
    return
  }
  const { result } = await recordSignalsWorkflow(req.scope).run({ input: { signals } })
  res.status(202).json({ stored: result.created, merged })
}

/** Unknown product ids are dropped rather than stored. */
async function existingProducts(req: AuthenticatedMedusaRequest, ids: string[]): Promise<Set<string>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: [...new Set(ids)] } })
  return new Set(data.map((product: { id: string }) => product.id))
}
