import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CustomerLimits, LIMITS_KEY, limitsOf } from "../../lib/promotion-limits"

export const setPromotionCustomerLimitsStepId = "set-promotion-customer-limits"

type Input = { promotion_id: string; limits: CustomerLimits }

/** Writes the limits into the promotion's metadata (other metadata kept); compensation puts the previous metadata back. */
export const setPromotionCustomerLimitsStep = createStep(
  setPromotionCustomerLimitsStepId,
  async ({ promotion_id, limits }: Input, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const [promotion] = await promotions.listPromotions({ id: promotion_id }, { select: ["id", "metadata"] } as any)
    if (!promotion) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Promotion ${promotion_id} was not found.`)
    const previous = ((promotion as { metadata?: Record<string, unknown> | null }).metadata ?? null) as Record<string, unknown> | null
    await promotions.updatePromotions({ id: promotion_id, metadata: { ...(previous ?? {}), [LIMITS_KEY]: limits } } as any)
    return new StepResponse(limitsOf({ [LIMITS_KEY]: limits }), { promotion_id, previous })
  },
  async (saved, { container }) => {
    if (!saved) return
    await container.resolve(Modules.PROMOTION).updatePromotions({ id: saved.promotion_id, metadata: saved.previous ?? {} } as any)
  },
)
