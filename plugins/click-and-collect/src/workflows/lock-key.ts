/** One pickup, one action at a time: two tablets tapping "hand over" at once must not both succeed. */
export const pickupLockKey = (pickupId: string) => `pickup:${pickupId}`
export const PICKUP_LOCK = { timeout: 10, ttl: 60 }
