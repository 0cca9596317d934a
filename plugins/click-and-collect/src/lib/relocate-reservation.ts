/**
 * Moves a reservation to another stock location by replacing it: a new
 * reservation for the same line item at `locationId`, then the old one
 * deleted. Not `updateReservationItems({ id, location_id })`: on Medusa 2.21.2
 * that adds the units to the new location's reserved quantity but never takes
 * them off the old one's, leaving the warehouse with phantom reservations.
 */
import type { IInventoryService, ReservationItemDTO } from "@medusajs/framework/types"

export async function relocateReservation(
  inventory: IInventoryService,
  reservation: ReservationItemDTO,
  locationId: string,
): Promise<ReservationItemDTO> {
  const [moved] = await inventory.createReservationItems([
    {
      line_item_id: reservation.line_item_id ?? undefined,
      inventory_item_id: reservation.inventory_item_id,
      location_id: locationId,
      quantity: reservation.quantity,
      allow_backorder: reservation.allow_backorder,
      description: reservation.description ?? undefined,
      metadata: reservation.metadata ?? undefined,
    },
  ])
  await inventory.deleteReservationItems([reservation.id])
  return moved
}
