import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer, ReservationItemDTO } from "@medusajs/framework/types"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { relocateReservation } from "../../lib/relocate-reservation"

type Moved = { id: string; from: string }

export const moveReservationsToStoreStepId = "move-reservations-to-store"

/**
 * Medusa 2.21 reserves an order's items at the first location with stock,
 * usually the warehouse, whatever pickup store was chosen (medusajs/medusa#15132).
 * This moves each reservation to the store when the store has the units free;
 * the others stay at the warehouse and the order is "ship to store": their
 * stock is moved to the store when staff mark the order ready.
 */
export const moveReservationsToStoreStep = createStep(
  moveReservationsToStoreStepId,
  async ({ order_id, location_id, crash_point }: { order_id: string; location_id: string; crash_point?: string }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await reservationsOfOrder(container, order_id)
    const elsewhere = reservations.filter((reservation) => reservation.location_id !== location_id)
    const moved: Moved[] = []
    if (elsewhere.length > 0) {
      const itemIds = [...new Set(elsewhere.map((reservation) => reservation.inventory_item_id))]
      // The same lock keys as Medusa's own reservations, so a checkout cannot take the units meanwhile.
      await container.resolve(Modules.LOCKING).execute(itemIds, async () => {
        const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id })
        const free = new Map(levels.map((level) => [level.inventory_item_id, MathBN.sub(level.stocked_quantity, level.reserved_quantity)]))
        const movable = elsewhere.filter((reservation) => {
          const available = free.get(reservation.inventory_item_id)
          if (!available || MathBN.lt(available, reservation.quantity)) {
            return false
          }
          free.set(reservation.inventory_item_id, MathBN.sub(available, reservation.quantity))
          return true
        })
        for (const reservation of movable) {
          const relocated = await relocateReservation(inventory, reservation, location_id)
          moved.push({ id: relocated.id, from: reservation.location_id })
        }
      })
    }
    const shipToStore = elsewhere.length > moved.length
    if (crash_point) crashPoint(crash_point)
    return new StepResponse({ ship_to_store: shipToStore, moved: moved.length }, moved)
  },
  async (moved, { container }) => {
    if (!moved?.length) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({ id: moved.map((reservation) => reservation.id) })
    for (const reservation of reservations) {
      await relocateReservation(inventory, reservation, moved.find((m) => m.id === reservation.id)!.from)
    }
  },
)

export async function reservationsOfOrder(container: MedusaContainer, orderId: string): Promise<ReservationItemDTO[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
  const lineItemIds = (orders[0]?.items ?? []).flatMap((item: { id: string } | null) => (item ? [item.id] : []))
  if (lineItemIds.length === 0) {
    return []
  }
  return container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineItemIds })
}
