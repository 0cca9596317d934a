import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ChangeActionType, ContainerRegistrationKeys, Modules, OrderChangeStatus } from "@medusajs/framework/utils"
import {
  beginOrderEditOrderWorkflow,
  cancelBeginOrderEditWorkflow,
  confirmOrderEditRequestWorkflow,
  createOrderChangeActionsWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  requestOrderEditRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import type { ShortPickPlan } from "./plan-short-pick"

async function currentQuantities(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["items.id", "items.detail.quantity"],
    filters: { id: orderId },
  })
  return new Map<string, number>(
    (data[0]?.items ?? []).flatMap((item: { id: string; detail?: { quantity?: unknown } | null } | null) =>
      item ? [[item.id, Number(item.detail?.quantity ?? 0)] as [string, number]] : [],
    ),
  )
}

export const applyShortPickEditStepId = "apply-short-pick-edit"

/**
 * Takes the missing units off the order with one Medusa order edit (begin →
 * quantities → the kept units' share of the promotions → request → confirm).
 * Medusa's edit does not carry promotions over by default: the kept units
 * would keep the whole line's discount (2 × 11.90 at 50 % off, one missing:
 * the other would cost nothing). So the plan's adjustments replace the line's.
 *
 * Idempotent: when the lines already have their planned quantities, the edit
 * was confirmed by an interrupted run; an edit left open by one is requested
 * and confirmed if it was requested, else cancelled and made again.
 * No compensation: a confirmed edit is undone by another edit, and the steps
 * after this one (reservations, refund, status) are themselves retried.
 */
export const applyShortPickEditStep = createStep(
  applyShortPickEditStepId,
  async ({ order_id, plan, actor_id, description }: { order_id: string; plan: ShortPickPlan; actor_id: string; description: string }, { container }) => {
    const before = await currentQuantities(container, order_id)
    const done = plan.lines.every((line) => (before.get(line.id) ?? 0) === line.quantity)
    if (done) {
      return new StepResponse({ edited: false })
    }
    const orders = container.resolve(Modules.ORDER)
    const open = (
      await orders.listOrderChanges({ order_id, status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] })
    ).find((change) => change.change_type === "edit")
    if (open?.status === OrderChangeStatus.REQUESTED) {
      await confirmOrderEditRequestWorkflow(container).run({ input: { order_id, confirmed_by: actor_id } })
      crashPoint("pickup.short-pick.after-edit")
      return new StepResponse({ edited: true })
    }
    if (open) {
      await cancelBeginOrderEditWorkflow(container).run({ input: { order_id } })
    }
    const { result: change } = await beginOrderEditOrderWorkflow(container).run({
      input: { order_id, created_by: actor_id, description },
    })
    await orderEditUpdateItemQuantityWorkflow(container).run({
      input: { order_id, items: plan.lines.map((line) => ({ id: line.id, quantity: line.quantity })) },
    })
    // After the quantities: updating them drops adjustment actions when promotions are not carried over.
    const adjustments = plan.lines
      .filter((line) => line.quantity > 0 && line.adjustments.length > 0)
      .map((line) => ({
        order_change_id: change.id,
        order_id,
        version: change.version,
        action: ChangeActionType.ITEM_ADJUSTMENTS_REPLACE,
        details: { reference_id: line.id, adjustments: line.adjustments },
      }))
    if (adjustments.length > 0) {
      await createOrderChangeActionsWorkflow(container).run({ input: adjustments })
    }
    await requestOrderEditRequestWorkflow(container).run({ input: { order_id, requested_by: actor_id } })
    await confirmOrderEditRequestWorkflow(container).run({ input: { order_id, confirmed_by: actor_id } })
    crashPoint("pickup.short-pick.after-edit")
    return new StepResponse({ edited: true })
  },
)
