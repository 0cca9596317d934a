import { productFacts, UNKNOWN_CARE, UNKNOWN_MATERIALS, UNKNOWN_ORIGIN } from "../product-facts"

describe("product facts from the product's name", () => {
  it("does not give an LED night light the candles' wax", () => {
    const facts = productFacts("RED TOADSTOOL LED NIGHT LIGHT")
    expect(facts.materials).toBe(UNKNOWN_MATERIALS)
    expect(facts.material).toBeNull()
    expect(facts.materials).not.toMatch(/wax/i)
    expect(facts.care).toMatch(/LED light/)
  })

  it("reads the materials the name states, with care that fits them", () => {
    expect(productFacts("HEART OF WICKER LARGE")).toEqual(expect.objectContaining({ material: "Wicker", care: expect.stringMatching(/dry cloth/) }))
    expect(productFacts("ANTIQUE SILVER T-LIGHT GLASS")).toEqual(
      expect.objectContaining({ material: "Glass", care: expect.stringMatching(/tea lights only/) }),
    )
    expect(productFacts("STRAWBERRY CERAMIC TRINKET BOX").material).toBe("Ceramic")
    expect(productFacts("SET/10 RED POLKADOT PARTY CANDLES").care).toMatch(/Never leave a burning candle unattended/)
  })

  it("marks unknown what the name does not say, origin included", () => {
    const clock = productFacts("ALARM CLOCK BAKELIKE GREEN")
    expect(clock.materials).toBe(UNKNOWN_MATERIALS)
    expect(clock.origin).toBe(UNKNOWN_ORIGIN)
    expect(productFacts("BLUE 3 PIECE POLKADOT CUTLERY SET").care).toBe(UNKNOWN_CARE)
  })
})
