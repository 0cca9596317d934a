import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { RETURN_REASON_CODES } from "../../../lib/return-reasons"
import { locationKind, oneLineAddress, type ReturnLocation } from "../../../lib/return-locations"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"

/** The return policy in force, the reasons to pick from and where items can go back. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const policies: ReturnPolicyModuleService = req.scope.resolve(RETURN_POLICY_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [policy, reasons, { data: locations }] = await Promise.all([
    policies.retrieveRules(),
    req.scope.resolve(Modules.ORDER).listReturnReasons({ value: RETURN_REASON_CODES }),
    query.graph({ entity: "stock_location", fields: ["id", "name", "metadata", "address.*"] }),
  ])
  const place = (location: ReturnLocation) => ({ id: location.id, name: location.name, address: oneLineAddress(location) })
  const warehouse = (locations as ReturnLocation[]).find((location) => locationKind(location) === "warehouse")

  res.json({
    return_policy: {
      window_days: policy.window_days,
      window_starts: "The window starts on delivery or collection; for an order with neither recorded, on the order date.",
      non_returnable: `Products tagged "${policy.non_returnable_tag}" cannot be returned.`,
      non_returnable_tag: policy.non_returnable_tag,
      non_returnable_product_ids: policy.non_returnable_product_ids,
      refund: "Refunds go to the original payment, for what was paid for the items after discounts. Delivery is not refunded.",
      damaged_items: "Items damaged in transit, not as pictured or of the wrong size or colour are refunded even if damaged; other damaged items are taken back without a refund.",
      damaged_refund_reason_codes: policy.damaged_refund_reason_codes,
      reasons: RETURN_REASON_CODES.map((code) => reasons.find((reason) => reason.value === code))
        .filter(Boolean)
        .map((reason) => ({ value: reason!.value, label: reason!.label })),
      methods: [
        { id: "drop_at_store", stores: (locations as ReturnLocation[]).filter((l) => locationKind(l) === "store").map(place) },
        ...(warehouse ? [{ id: "mail", address: place(warehouse) }] : []),
      ],
    },
  })
}
