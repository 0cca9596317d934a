import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { PickupContext } from "./load-pickup-context"

export type MissingItem = { item_id: string; missing_quantity: number }
export type ShortPickPlan = {
  /** The order's lines with their new quantities (0 removes the line). */
  quantities: { id: string; quantity: number }[]
  missing: { title: string; missing_quantity: number }[]
}

/** Pure check of what staff asked for against the order; 400 with what to fix. */
export function planShortPick(items: PickupContext["order"]["items"], missing: MissingItem[]): ShortPickPlan {
  const byId = new Map(items.map((item) => [item.id, item]))
  const quantities = missing.map(({ item_id, missing_quantity }) => {
    const item = byId.get(item_id)
    if (!item) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${item_id} is not in this order.`)
    }
    if (missing_quantity > item.quantity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${item.title}: ${missing_quantity} missing is more than the ${item.quantity} ordered.`,
      )
    }
    return { id: item.id, quantity: item.quantity - missing_quantity }
  })
  if (new Set(quantities.map((line) => line.id)).size !== quantities.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each item may be listed once.")
  }
  const left = items.reduce((sum, item) => sum + (quantities.find((line) => line.id === item.id)?.quantity ?? item.quantity), 0)
  if (left === 0) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing would be left to collect: reject the order instead.")
  }
  return {
    quantities,
    missing: missing.map(({ item_id, missing_quantity }) => ({ title: byId.get(item_id)!.title, missing_quantity })),
  }
}

export const planShortPickStepId = "plan-short-pick"

export const planShortPickStep = createStep(
  planShortPickStepId,
  async ({ context, items }: { context: PickupContext; items: MissingItem[] }) =>
    new StepResponse(planShortPick(context.order.items, items)),
)
