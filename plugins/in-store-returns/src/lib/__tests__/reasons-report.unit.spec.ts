import { countReturnsByReasonAndProduct } from "../reasons-report"

describe("returns reasons report", () => {
  it("splits each reason's units into restocked, written off and the rest, ignoring canceled returns", () => {
    const report = countReturnsByReasonAndProduct([
      {
        items: [
          { quantity: 3, received_quantity: 1, damaged_quantity: 2, reason: { value: "damaged_in_transit", label: "Damaged in transit" }, item: { product_id: "prod_vase", product_title: "Vase" } },
          { quantity: 1, reason: { value: "too_small", label: "Too small" }, item: { product_id: "prod_rug", product_title: "Rug" } },
        ],
      },
      { items: [{ quantity: 1, received_quantity: 1, damaged_quantity: 0, reason: { value: "damaged_in_transit", label: "Damaged in transit" }, item: { product_id: "prod_cup", product_title: "Cup" } }] },
      { canceled_at: "2026-12-01", items: [{ quantity: 5, received_quantity: 5, reason: { value: "too_small", label: "Too small" }, item: { product_id: "prod_rug", product_title: "Rug" } }] },
    ])
    expect(report.by_reason).toEqual([
      { reason: "damaged_in_transit", label: "Damaged in transit", quantity: 4, restocked: 2, written_off: 2 },
      { reason: "too_small", label: "Too small", quantity: 1, restocked: 0, written_off: 0 },
    ])
    expect(report.by_reason_and_product[0]).toEqual({
      reason: "damaged_in_transit",
      product_id: "prod_vase",
      product_title: "Vase",
      quantity: 3,
      restocked: 1,
      written_off: 2,
    })
  })
})

describe("returns reasons report at the counter", () => {
  it("counts what the counter recorded for a return taken at a store", () => {
    const report = countReturnsByReasonAndProduct(
      [
        {
          id: "ret_1",
          items: [{ item_id: "line_1", quantity: 3, received_quantity: 3, damaged_quantity: 2, reason: { value: "damaged_in_transit", label: "Damaged in transit" }, item: { product_id: "prod_cup", product_title: "Cup" } }],
        },
      ],
      new Map([["ret_1", [{ item_id: "line_1", quantity: 1, restocked: true }, { item_id: "line_1", quantity: 2, restocked: false }, { item_id: "line_other", quantity: 4, restocked: true }]]]),
    )
    expect(report.by_reason).toEqual([{ reason: "damaged_in_transit", label: "Damaged in transit", quantity: 3, restocked: 1, written_off: 2 }])
  })
})
