import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { amount, roundToMinorUnit, sumAmounts } from "@fairmade/shop-core/lib/money"
import type { ItemAdjustment, PickupContext, PickupOrderItem } from "./load-pickup-context"

export type MissingItem = { item_id: string; missing_quantity: number }
export type ShortPickLine = {
  id: string
  title: string
  missing_quantity: number
  /** The line's quantity after the short pick (0 removes it). */
  quantity: number
  /** What the missing units were paid: line total after discounts × missing ÷ ordered, rounded once. */
  refund: string
  /** The kept units' share of the line's promotions, carried into the order edit. */
  adjustments: ItemAdjustment[]
}
export type ShortPickPlan = {
  reason: string
  lines: ShortPickLine[]
  /** Sum of the lines' refunds (each rounded once), in the order's currency. */
  refund: string
  currency_code: string
  /** Marks the refund, so a retry recognises it was made. */
  refund_note: string
}

/**
 * The kept units keep their share of the line's discounts: the line's new
 * discount is what makes its new total the old total minus the refund
 * (D' = D − (unit price × missing − refund)), spread over its adjustments in
 * proportion, the last one taking the remainder so the sum is exact.
 */
export function keptAdjustments(item: PickupOrderItem, missing: number, refund: ReturnType<typeof amount>): ItemAdjustment[] {
  const discount = sumAmounts(item.adjustments.map((adjustment) => adjustment.amount))
  if (MathBN.lte(discount, 0) || missing >= item.quantity) return missing >= item.quantity ? [] : item.adjustments
  const removedDiscount = MathBN.sub(MathBN.mult(item.unit_price, missing), refund)
  const kept = MathBN.max(MathBN.sub(discount, removedDiscount), 0)
  let left = kept
  return item.adjustments.map((adjustment, index) => {
    const share =
      index === item.adjustments.length - 1 ? left : MathBN.div(MathBN.mult(adjustment.amount, kept), discount)
    left = MathBN.sub(left, share)
    return { ...adjustment, amount: share.toString() }
  })
}

/** Pure check of what staff asked for against the order (400 with what to fix), and what it refunds. */
export function planShortPick(
  order: Pick<PickupContext["order"], "items" | "currency_code">,
  missing: MissingItem[],
  reason: string,
  operationId: string,
): ShortPickPlan {
  const byId = new Map(order.items.map((item) => [item.id, item]))
  if (new Set(missing.map((line) => line.item_id)).size !== missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Each item may be listed once.")
  }
  const lines = missing.map(({ item_id, missing_quantity }): ShortPickLine => {
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
    const refund = roundToMinorUnit(MathBN.div(MathBN.mult(item.total, missing_quantity), item.quantity), order.currency_code)
    return {
      id: item.id,
      title: item.title,
      missing_quantity,
      quantity: item.quantity - missing_quantity,
      refund: refund.toString(),
      adjustments: keptAdjustments(item, missing_quantity, refund),
    }
  })
  const left = order.items.reduce((sum, item) => sum + (lines.find((line) => line.id === item.id)?.quantity ?? item.quantity), 0)
  if (left === 0) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing would be left to collect: reject the order instead.")
  }
  return {
    reason,
    lines,
    refund: sumAmounts(lines.map((line) => line.refund)).toString(),
    currency_code: order.currency_code,
    refund_note: `short-pick:${operationId}`,
  }
}

export const planShortPickStepId = "plan-short-pick"

/**
 * A short pick interrupted by a crash resumes its recorded plan: planning again
 * against the already-edited order would take the units off a second time.
 */
export const planShortPickStep = createStep(
  planShortPickStepId,
  async ({ context, items, reason }: { context: PickupContext; items?: MissingItem[] | null; reason?: string | null }) => {
    if (context.pending_action === "short_pick" && context.pending_plan) {
      return new StepResponse(context.pending_plan as unknown as ShortPickPlan)
    }
    if (!items?.length || !reason) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pickup ${context.id} has no interrupted short pick to retry.`)
    }
    return new StepResponse(planShortPick(context.order, items, reason, `${context.id}:${Date.now()}`))
  },
)
