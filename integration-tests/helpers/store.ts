import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/** Headers for the Store API, with the seeded storefront's publishable key. */
export async function storeHeaders(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { type: "publishable", title: "Storefront" },
  })
  if (!data[0]) throw new Error("The seed did not create the 'Storefront' publishable key")
  return { headers: { "x-publishable-api-key": data[0].token } }
}
