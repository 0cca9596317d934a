/**
 * The staff queue: late orders first (not ready by the promised time, or
 * left on the shelf past the hold period), then the newest.
 */
/** A pickup's own dates and state, as lists and details show them (never its code). */
export const PICKUP_FIELDS = [
  "id",
  "status",
  "location_id",
  "ship_to_store",
  "due_at",
  "ready_at",
  "notified_at",
  "collected_at",
  "expires_at",
  "reason",
  "created_at",
]

export type QueueEntry = { status: string; due_at: string | Date; expires_at?: string | Date | null; created_at: string | Date }

export function isOverdue(pickup: QueueEntry, now = new Date()): boolean {
  if (pickup.status === "received" || pickup.status === "preparing") {
    return new Date(pickup.due_at) < now
  }
  return pickup.status === "ready" && !!pickup.expires_at && new Date(pickup.expires_at) < now
}

export function queueOrder<T extends QueueEntry>(pickups: T[], now = new Date()): T[] {
  return [...pickups].sort(
    (a, b) =>
      Number(isOverdue(b, now)) - Number(isOverdue(a, now)) ||
      new Date(b.created_at).getTime() - new Date(a.created_at).getTime(),
  )
}
