import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const cancelBookedReturnStepId = "cancel-booked-return"

type Undo = { order_id: string; return_id: string; status: string; canceled_at: Date | string | null }

/**
 * Cancels a booked return none of which was received (the caller checked), with the
 * Order module's own `cancelReturn` (its order change puts the requested units back).
 * Unlike Medusa's `cancelOrderReturnStep`, whose compensation only reverts the order's
 * version and leaves the return marked canceled, the compensation here also restores
 * the return's status, so a failed exchange leaves the booked return as it was.
 */
export const cancelBookedReturnStep = createStep(
  cancelBookedReturnStepId,
  async (input: { return_id: string; canceled_by: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const before = await orders.retrieveReturn(input.return_id, { select: ["id", "order_id", "status", "canceled_at"] })
    await orders.cancelReturn({ return_id: before.id, order_id: before.order_id, canceled_by: input.canceled_by })
    const undo: Undo = { order_id: before.order_id, return_id: before.id, status: before.status, canceled_at: (before as any).canceled_at ?? null }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const orders = container.resolve(Modules.ORDER)
    await orders.updateReturns([{ selector: { id: undo.return_id }, data: { status: undo.status, canceled_at: undo.canceled_at } as any }])
    await orders.revertLastVersion(undo.order_id)
  },
)
