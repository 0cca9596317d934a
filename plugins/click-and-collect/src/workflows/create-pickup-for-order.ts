import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pickupReadyTime } from "../lib/availability"
import { createPickupOrderStep } from "./steps/create-pickup-order"
import { findPickupStoreOfOrderStep } from "./steps/find-pickup-store-of-order"
import { moveReservationsToStoreStep } from "./steps/move-reservations-to-store"

export const createPickupForOrderWorkflowId = "create-pickup-for-order"

/**
 * On `order.placed`: when the shopper chose "Collect in store", open the
 * store's pickup and make sure the goods are reserved at that store.
 */
export const createPickupForOrderWorkflow = createWorkflow(
  createPickupForOrderWorkflowId,
  (input: { order_id: string }) => {
    const store = findPickupStoreOfOrderStep(input)
    const pickup = when("order-is-collected-in-store", { store }, ({ store }) => !!store).then(() => {
      const target = transform({ store }, ({ store }) => ({
        order_id: store!.order_id,
        location_id: store!.location_id,
        crash_point: "pickup.create.after-reservations",
      }))
      const reservations = moveReservationsToStoreStep(target)
      const data = transform({ store, reservations }, ({ store, reservations }) => {
        return {
          order_id: store!.order_id,
          location_id: store!.location_id,
          ship_to_store: reservations.ship_to_store,
          due_at: pickupReadyTime(store!.settings, !reservations.ship_to_store, new Date()),
        }
      })
      return createPickupOrderStep(data)
    })
    // Null for home delivery.
    const result = transform({ pickup }, ({ pickup }) => pickup ?? null)
    return new WorkflowResponse(result)
  },
)
