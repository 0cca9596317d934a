import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliveryPolicy, type DeliveryPolicyRegion } from "../../../lib/delivery-policy"

/**
 * Every region's delivery options as configured: prices, free-delivery thresholds (price
 * rules on the item total) and collection in store. The delivery page is built from it.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ regions: DeliveryPolicyRegion[] }>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: options }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id", "name", "currency_code", "countries.iso_2", "countries.display_name"] }),
    query.graph({
      entity: "shipping_option",
      fields: [
        "id", "name", "price_type", "type.label", "type.description",
        "rules.attribute", "rules.value", "rules.operator",
        "service_zone.fulfillment_set.type", "service_zone.geo_zones.country_code",
        "prices.amount", "prices.currency_code", "prices.price_rules.attribute", "prices.price_rules.operator", "prices.price_rules.value",
      ],
    }),
  ])
  res.json({ regions: deliveryPolicy(regions as any[], options as any[]) })
}
