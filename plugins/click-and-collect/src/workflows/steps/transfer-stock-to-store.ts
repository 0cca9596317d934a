import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { IInventoryService } from "@medusajs/framework/types"
import { relocateReservation } from "../../lib/relocate-reservation"
import { reservationsOfOrder } from "./move-reservations-to-store"

type Transfer = { inventory_item_id: string; quantity: number; from: string; to: string }

export const transferStockToStoreStepId = "transfer-stock-to-store"

/**
 * Ship-to-store goods have arrived and staff put them on the pickup shelf:
 * their units leave the warehouse's stock, join the store's, and the
 * reservation follows them, so handing over takes them from the store.
 */
export const transferStockToStoreStep = createStep(
  transferStockToStoreStepId,
  async ({ order_id, location_id }: { order_id: string; location_id: string }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const elsewhere = (await reservationsOfOrder(container, order_id)).filter((r) => r.location_id !== location_id)
    const undo: (Transfer & { reservation_id: string })[] = []
    for (const reservation of elsewhere) {
      const transfer = {
        inventory_item_id: reservation.inventory_item_id,
        quantity: Number(reservation.quantity),
        from: reservation.location_id,
        to: location_id,
      }
      await moveStock(inventory, transfer)
      const relocated = await relocateReservation(inventory, reservation, location_id)
      undo.push({ ...transfer, reservation_id: relocated.id })
    }
    return new StepResponse({ transferred: undo.length }, undo)
  },
  async (undo, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    for (const transfer of undo ?? []) {
      const [reservation] = await inventory.listReservationItems({ id: transfer.reservation_id })
      await relocateReservation(inventory, reservation, transfer.from)
      await moveStock(inventory, { ...transfer, from: transfer.to, to: transfer.from })
    }
  },
)

/** The units leave `from`'s stock and join `to`'s (which gets a level if it had none). */
async function moveStock(inventory: IInventoryService, { inventory_item_id, quantity, from, to }: Transfer) {
  const [level] = await inventory.listInventoryLevels({ inventory_item_id, location_id: to })
  if (!level) {
    await inventory.createInventoryLevels([{ inventory_item_id, location_id: to, stocked_quantity: 0 }])
  }
  await inventory.adjustInventory(inventory_item_id, to, quantity)
  await inventory.adjustInventory(inventory_item_id, from, -quantity)
}
