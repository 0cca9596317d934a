/**
 * The return reasons the shop offers, stored as Medusa return reasons (their `value`
 * is the code the APIs take). The migration script creates the missing ones.
 */
export const RETURN_REASONS = [
  { value: "wrong_size_colour", label: "Wrong size or colour" },
  { value: "damaged_in_transit", label: "Damaged in transit" },
  { value: "not_as_pictured", label: "Not as pictured" },
  { value: "changed_mind", label: "Changed my mind" },
  { value: "other", label: "Other" },
] as const

export type ReturnReasonCode = (typeof RETURN_REASONS)[number]["value"]

export const RETURN_REASON_CODES = RETURN_REASONS.map((reason) => reason.value) as [ReturnReasonCode, ...ReturnReasonCode[]]
