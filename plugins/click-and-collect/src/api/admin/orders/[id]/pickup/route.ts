import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickupDetail } from "../../../../staff-api/pickups/pickup-detail"

/**
 * GET /admin/orders/:id/pickup: the order's pickup and its timeline, for the
 * order page widget. Any admin who can open the order may read it (no code);
 * acting on it stays with the store's staff under /admin/pickups.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ pickup: await pickupDetail(req.scope, { order_id: req.params.id }) })
}
