import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelReturnReceiveWorkflow } from "@medusajs/medusa/core-flows"
import { STORE_RETURN_MODULE } from "../../modules/store-return"
import type StoreReturnModuleService from "../../modules/store-return/service"
import type { ReturnVisit } from "./record-return-visit"
import type { VisitInProgress } from "./start-return-visit"
import { exchangeOfVisit, finishConfirmedExchange, undoUnconfirmedExchange } from "../../lib/interrupted-exchange"

export const settleInterruptedVisitStepId = "settle-interrupted-visit"

export type SettledVisit = { outcome: "none" } | { outcome: "received"; visit: ReturnVisit } | { outcome: "undone" }

const units = (value: unknown) => MathBN.convert((value as any) ?? 0).toNumber()

/**
 * A return left "receiving" by a crash: did Medusa's receipt of the visit go through?
 * Medusa's return says so: if every line of the visit has its units received (or
 * written off) on top of what it had before, the receipt was confirmed, and the visit
 * is handed on to be recorded and refunded. Otherwise nothing was received: a receipt
 * Medusa had begun and not confirmed is deleted (`cancelReturnReceiveWorkflow`), and the
 * return goes back to its previous status, ready to be received again. A visit that
 * exchanged units: an exchange Medusa confirmed is finished (new item reserved,
 * fulfilled and delivered at the store, the exchange's return received), one it had not
 * confirmed is undone and the booked return restored (lib/interrupted-exchange.ts).
 * It settles what a crash left, so it has nothing to compensate.
 */
export const settleInterruptedVisitStep = createStep(
  settleInterruptedVisitStepId,
  async (input: { store_return_id: string }, { container }): Promise<StepResponse<SettledVisit>> => {
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    const storeReturn = await storeReturns.retrieveStoreReturn(input.store_return_id)
    const inProgress = (storeReturn.receipts as { in_progress?: VisitInProgress } | null)?.in_progress
    if (storeReturn.status !== "receiving" || !inProgress) return new StepResponse({ outcome: "none" })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: returns } = await query.graph({
      entity: "return",
      fields: ["id", "items.item_id", "items.received_quantity", "items.damaged_quantity"],
      filters: { id: storeReturn.return_id },
    })
    const items = ((returns[0] as any)?.items ?? []) as { item_id: string; received_quantity?: unknown; damaged_quantity?: unknown }[]
    const receivedNow = (itemId: string) =>
      items.filter((item) => item.item_id === itemId).reduce((total, item) => total + units(item.received_quantity) + units(item.damaged_quantity), 0)
    const confirmed = Object.entries(inProgress.receiving).every(
      ([itemId, quantity]) => receivedNow(itemId) >= (inProgress.received_before[itemId] ?? 0) + quantity,
    )
    const exchanging = inProgress.visit.lines.some((line) => !!line.exchange_for_variant_id)
    if (confirmed) {
      const exchange = exchanging ? await exchangeOfVisit(container, storeReturn, inProgress) : null
      return new StepResponse({ outcome: "received", visit: { ...inProgress.visit, ...(exchange && { exchange_id: exchange.id }) } })
    }
    if (exchanging) {
      // Confirmed by Medusa: the shopper is owed the new item, so the exchange is finished; otherwise it is undone.
      const exchangeId = await finishConfirmedExchange(container, storeReturn, inProgress)
      if (exchangeId) return new StepResponse({ outcome: "received", visit: { ...inProgress.visit, exchange_id: exchangeId } })
      await undoUnconfirmedExchange(container, storeReturn, inProgress)
    }

    const { data: openChanges } = await query.graph({
      entity: "order_change",
      fields: ["id"],
      filters: { return_id: storeReturn.return_id, status: ["pending", "requested"] },
    })
    if (openChanges.length > 0) {
      await cancelReturnReceiveWorkflow(container).run({ input: { return_id: storeReturn.return_id } })
    }
    const { in_progress: _undone, ...receipts } = storeReturn.receipts as Record<string, unknown>
    await storeReturns.updateStoreReturns({ id: storeReturn.id, status: inProgress.previous_status as any, receipts })
    return new StepResponse({ outcome: "undone" })
  },
)
