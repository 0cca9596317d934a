import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type PickupKpis, type PickupRecord, pickupKpis } from "../../../../lib/pickups"
import type { AdminAnalyticsPickupsType } from "../validators"

export type AnalyticsPickups = {
  period: { from: string; to: string }
  /** False when the click-and-collect plugin is not installed. */
  available: boolean
  total: PickupKpis
  by_store: (PickupKpis & { name: string | null })[]
}

const FIELDS = ["order_id", "location_id", "status", "created_at", "due_at", "ready_at", "collected_at"]

/** Click-and-collect per store over the pickups opened in the period: opened, ready on time, collected, expired, median times. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAnalyticsPickupsType>, res: MedusaResponse<AnalyticsPickups>) {
  const { from, to, store } = req.validatedQuery as AdminAnalyticsPickupsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let pickups: PickupRecord[] = []
  let available = true
  try {
    const filters: Record<string, unknown> = { created_at: { $gte: from, $lt: to } }
    if (store) filters.location_id = store
    pickups = (await query.graph({ entity: "pickup_order", fields: FIELDS, filters })).data as PickupRecord[]
  } catch {
    available = false // no click-and-collect plugin
  }
  const kpis = pickupKpis(pickups)
  const ids = kpis.by_store.map((row) => row.key)
  const names = new Map<string, string>()
  if (ids.length > 0) {
    const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: ids } })
    for (const location of data as { id: string; name: string }[]) names.set(location.id, location.name)
  }
  res.json({
    period: { from: from.toISOString(), to: to.toISOString() },
    available,
    total: kpis.total,
    by_store: kpis.by_store.map((row) => ({ ...row, name: names.get(row.key) ?? null })),
  })
}
