/** The return policy as the rest of the plugin reads it (plain arrays, no JSON wrappers). */
export type ReturnPolicyRules = {
  id: string | null
  window_days: number
  non_returnable_tag: string
  non_returnable_product_ids: string[]
  damaged_refund_reason_codes: string[]
}

export const DEFAULT_RETURN_POLICY: ReturnPolicyRules = {
  id: null,
  window_days: 30,
  non_returnable_tag: "non-returnable",
  non_returnable_product_ids: [],
  damaged_refund_reason_codes: ["damaged_in_transit", "not_as_pictured", "wrong_size_colour"],
}
