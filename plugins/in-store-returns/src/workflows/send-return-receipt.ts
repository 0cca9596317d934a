import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { buildReturnReceipt } from "../lib/receipt"

export const sendReturnReceiptWorkflowId = "send-return-receipt"

export const RETURN_RECEIPT_TEMPLATE = "store-return-receipt"

/** E-mails the return receipt to the order's address through the Notification module. */
export const sendReturnReceiptWorkflow = createWorkflow(
  sendReturnReceiptWorkflowId,
  (input: { store_return_id: string; trigger: string }) => {
    const { data: storeReturns } = useQueryGraphStep({
      entity: "store_return",
      fields: ["*"],
      filters: { id: input.store_return_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "store-return" })
    const storeReturn = transform({ storeReturns }, ({ storeReturns }) => storeReturns[0] as any)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "display_id", "email"],
      filters: { id: storeReturn.order_id },
    }).config({ name: "order" })
    const { data: locations } = useQueryGraphStep({
      entity: "stock_location",
      fields: ["id", "name", "address.*"],
      filters: { id: storeReturn.location_id },
    }).config({ name: "location" })

    const notifications = transform({ storeReturn, orders, locations, input }, ({ storeReturn, orders, locations, input }) => {
      const order = orders[0] as any
      if (!order?.email) return []
      const receipt = buildReturnReceipt(storeReturn, order, (locations[0] as any) ?? null)
      return [
        {
          to: order.email,
          channel: "email",
          template: RETURN_RECEIPT_TEMPLATE,
          data: { receipt },
          trigger_type: input.trigger,
          resource_id: storeReturn.id,
          resource_type: "store_return",
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
