import { deliveryPolicy } from "../delivery-policy"

const europe = { id: "reg_eu", name: "Europe", currency_code: "eur", countries: [{ iso_2: "fr", display_name: "France" }] }
const uk = { id: "reg_uk", name: "United Kingdom", currency_code: "gbp", countries: [{ iso_2: "gb", display_name: "United Kingdom" }] }

const standard = {
  id: "so_standard",
  name: "Standard delivery",
  type: { description: "Delivered in 2–4 working days." },
  rules: [{ attribute: "is_return", value: "false", operator: "eq" }],
  service_zone: { fulfillment_set: { type: "shipping" }, geo_zones: [{ country_code: "fr" }, { country_code: "gb" }] },
  prices: [
    { amount: 4.9, currency_code: "eur", price_rules: [] },
    { amount: 0, currency_code: "eur", price_rules: [{ attribute: "item_total", operator: "gte", value: "50" }] },
    { amount: 3.95, currency_code: "gbp", price_rules: [] },
  ],
}

describe("deliveryPolicy", () => {
  it("states each region's options in its currency, with the free-delivery threshold of a price rule", () => {
    const [eu, gb] = deliveryPolicy([uk, europe], [standard])
    expect(eu.name).toBe("Europe")
    expect(eu.options).toEqual([
      { id: "so_standard", name: "Standard delivery", kind: "delivery", description: "Delivered in 2–4 working days.", amount: 4.9, reduced_from: { item_total: 50, amount: 0 } },
    ])
    expect(gb.options).toEqual([expect.objectContaining({ amount: 3.95, reduced_from: null })])
  })

  it("leaves out return options, options of other countries and collection in another country", () => {
    const returnOption = { ...standard, id: "so_return", rules: [{ attribute: "is_return", value: "true", operator: "eq" }] }
    const lyon = { ...standard, id: "so_lyon", name: "Collect in store — Lyon", service_zone: { fulfillment_set: { type: "pickup" }, geo_zones: [{ country_code: "fr" }] }, prices: [{ amount: 0, currency_code: "eur", price_rules: [] }] }
    const [eu, gb] = deliveryPolicy([europe, uk], [standard, returnOption, lyon])
    expect(eu.options.map((option) => [option.id, option.kind])).toEqual([["so_standard", "delivery"], ["so_lyon", "pickup"]])
    expect(gb.options.map((option) => option.id)).toEqual(["so_standard"])
  })
})
