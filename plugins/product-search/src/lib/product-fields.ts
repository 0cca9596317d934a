/** What a search document is made of, as Query fields of a product. */
export const PRODUCT_SEARCH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "status",
  "metadata",
  "created_at",
  "categories.id",
  "categories.name",
  "collection.title",
  "tags.value",
  "sales_channels.id",
  "options.title",
  "options.values.value",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Named<T> = T | null | undefined

/** A product as Query returns it for PRODUCT_SEARCH_FIELDS. */
export type ProductForSearch = {
  id: string
  handle: string
  title: string
  description: Named<string>
  thumbnail: Named<string>
  status: string
  metadata: Named<Record<string, unknown>>
  created_at: string | Date
  categories?: Named<{ id: string; name: string }[]>
  collection?: Named<{ title: string }>
  tags?: Named<{ value: string }[]>
  sales_channels?: Named<{ id: string }[]>
  options?: Named<{ title: string; values?: Named<{ value: string }[]> }[]>
  variants?: Named<VariantForSearch[]>
}

export type VariantForSearch = {
  sku: Named<string>
  manage_inventory: Named<boolean>
  allow_backorder: Named<boolean>
  inventory_items?: Named<
    {
      required_quantity: number
      inventory?: Named<{ location_levels?: Named<{ location_id: string; stocked_quantity: number; reserved_quantity: number }[]> }>
    }[]
  >
}
