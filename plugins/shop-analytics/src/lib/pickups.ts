/**
 * Click-and-collect KPIs per store, from the click-and-collect plugin's
 * pickups (its own timeline: created, promised "ready by", ready, collected,
 * expired). Pure, tested on hand-computed fixtures.
 */
export type PickupRecord = {
  order_id: string
  location_id: string
  status: string
  created_at: Date | string
  due_at: Date | string
  ready_at?: Date | string | null
  collected_at?: Date | string | null
}

export type PickupKpis = {
  /** The store (stock location id), or "all". */
  key: string
  /** Pickups opened (orders placed for collection) in the period. */
  opened: number
  /** Of those, made ready (whatever happened next). */
  ready: number
  /** Made ready by the promised time (ready_at ≤ due_at). */
  ready_on_time: number
  /** ready_on_time ÷ ready. */
  on_time_rate: number | null
  collected: number
  expired: number
  /** Rejected by the store or cancelled. */
  not_served: number
  /** Median minutes from the order to "ready", over the pickups made ready. */
  median_minutes_to_ready: number | null
  /** Median minutes from the order to the hand-over, over the pickups collected. */
  median_minutes_to_collection: number | null
}

const minutesBetween = (from: Date | string, to: Date | string) => (new Date(to).getTime() - new Date(from).getTime()) / 60_000

/** The median of some values (the mean of the two middle ones for an even count), to 0.1; null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(value * 10) / 10
}

function kpisOf(key: string, pickups: PickupRecord[]): PickupKpis {
  const ready = pickups.filter((pickup) => pickup.ready_at)
  const onTime = ready.filter((pickup) => new Date(pickup.ready_at!) <= new Date(pickup.due_at))
  const collected = pickups.filter((pickup) => pickup.status === "collected")
  return {
    key,
    opened: pickups.length,
    ready: ready.length,
    ready_on_time: onTime.length,
    on_time_rate: ready.length === 0 ? null : Math.round((onTime.length / ready.length) * 10_000) / 10_000,
    collected: collected.length,
    expired: pickups.filter((pickup) => pickup.status === "expired").length,
    not_served: pickups.filter((pickup) => pickup.status === "rejected" || pickup.status === "cancelled").length,
    median_minutes_to_ready: median(ready.map((pickup) => minutesBetween(pickup.created_at, pickup.ready_at!))),
    median_minutes_to_collection: median(collected.filter((pickup) => pickup.collected_at).map((pickup) => minutesBetween(pickup.created_at, pickup.collected_at!))),
  }
}

/** Per store (most pickups first), and all stores together. */
export function pickupKpis(pickups: PickupRecord[]): { total: PickupKpis; by_store: PickupKpis[] } {
  const byStore = new Map<string, PickupRecord[]>()
  for (const pickup of pickups) {
    const group = byStore.get(pickup.location_id)
    if (group) group.push(pickup)
    else byStore.set(pickup.location_id, [pickup])
  }
  return {
    total: kpisOf("all", pickups),
    by_store: [...byStore.entries()].map(([key, group]) => kpisOf(key, group)).sort((a, b) => b.opened - a.opened || a.key.localeCompare(b.key)),
  }
}
