import { buildCatalogue } from "../catalogue"
import { categoryOf } from "../categories"
import { parseCsvLine, toCsvLine } from "../csv"
import { normaliseDescription, slugify, splitColour, titleCase } from "../naming"
import { median, priceEurFromGbp, retailPriceGbp, roundToNinetyFive } from "../pricing"
import { groupByDesign, selectCatalogueStockCodes } from "../selection"
import { stockQuantity } from "../stock-levels"
import { isProductSale, Transaction } from "../transactions"

const sale = (stockCode: string, description: string, unitPrice: number, invoiceDate = "2011-05-01 10:00:00"): Transaction => ({
  invoiceNo: "540001",
  stockCode,
  description,
  quantity: 6,
  invoiceDate,
  unitPrice,
  customerId: "17850",
  country: "United Kingdom",
})

describe("CSV lines", () => {
  it("splits on commas outside quotes and unescapes doubled quotes", () => {
    expect(parseCsvLine('536381,82567,"AIRLINE LOUNGE,METAL SIGN",2')).toEqual(["536381", "82567", "AIRLINE LOUNGE,METAL SIGN", "2"])
    expect(parseCsvLine('1,"RECORD FRAME 7"" SINGLE SIZE ",48')).toEqual(["1", 'RECORD FRAME 7" SINGLE SIZE ', "48"])
  })

  it("writes what it reads", () => {
    const fields = ["1", 'A "QUOTED", NAME', "", "2.55"]
    expect(parseCsvLine(toCsvLine(fields))).toEqual(fields)
  })
})

describe("names", () => {
  it("cleans the data set's descriptions", () => {
    expect(normaliseDescription("LUNCH BAG  BLACK SKULL.")).toBe("LUNCH BAG BLACK SKULL")
    expect(normaliseDescription("SET/20 RED RETROSPOT PAPER NAPKINS ")).toBe("SET OF 20 RED RETROSPOT PAPER NAPKINS")
    expect(normaliseDescription("ROUND SNACK BOXES SET OF4 WOODLAND ")).toBe("ROUND SNACK BOXES SET OF 4 WOODLAND")
    expect(normaliseDescription("GIN + TONIC DIET METAL SIGN")).toBe("GIN & TONIC DIET METAL SIGN")
  })

  it("title-cases, keeping small words, hyphenated words and acronyms readable", () => {
    expect(titleCase("WHITE HANGING HEART T-LIGHT HOLDER")).toBe("White Hanging Heart T-Light Holder")
    expect(titleCase("SET OF 3 CAKE TINS PANTRY DESIGN")).toBe("Set of 3 Cake Tins Pantry Design")
    expect(titleCase("RED TOADSTOOL LED NIGHT LIGHT")).toBe("Red Toadstool LED Night Light")
    expect(titleCase(normaliseDescription("CHILDRENS CUTLERY POLKADOT PINK"))).toBe("Children's Cutlery Polkadot Pink")
  })

  it("slugifies for handles", () => {
    expect(slugify("Gin & Tonic Diet Metal Sign")).toBe("gin-and-tonic-diet-metal-sign")
    expect(slugify("Paper Chain Kit 50's Christmas")).toBe("paper-chain-kit-50s-christmas")
    expect(slugify("Crème Brûlée Set")).toBe("creme-brulee-set")
  })

  it("separates the first colour word from the design", () => {
    expect(splitColour("ALARM CLOCK BAKELIKE RED")).toEqual({ design: "ALARM CLOCK BAKELIKE", colour: "RED" })
    expect(splitColour("JUMBO BAG BAROQUE BLACK WHITE")).toEqual({ design: "JUMBO BAG BAROQUE WHITE", colour: "BLACK" })
    expect(splitColour("PARTY BUNTING")).toEqual({ design: "PARTY BUNTING", colour: null })
  })
})

describe("prices", () => {
  it("takes the median", () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow()
  })

  it("rounds to the nearest .95", () => {
    expect(roundToNinetyFive(5.1)).toBe(4.95)
    expect(roundToNinetyFive(5.5)).toBe(5.95)
    expect(roundToNinetyFive(12.95)).toBe(12.95)
  })

  it("doubles trade prices into retail prices, with a floor", () => {
    expect(retailPriceGbp(2.55)).toBe(4.95)
    expect(retailPriceGbp(12.75)).toBe(25.95)
    expect(retailPriceGbp(0.42)).toBe(2.95)
  })

  it("converts to euros at about 1.17, ending in .90 or .95", () => {
    expect(priceEurFromGbp(5.95)).toBe(6.95)
    expect(priceEurFromGbp(3.95)).toBe(4.9)
    expect(priceEurFromGbp(9.95)).toBe(11.9)
    for (const gbp of [2.95, 4.95, 7.95, 16.95, 25.95]) {
      const eur = priceEurFromGbp(gbp)
      expect(Math.abs(eur - gbp * 1.17)).toBeLessThanOrEqual(0.5)
      expect([90, 95]).toContain(Math.round(eur * 100) % 100)
    }
  })
})

describe("grouping and selection", () => {
  const codes = [
    { stockCode: "22727", name: "ALARM CLOCK BAKELIKE RED", sales: 900 },
    { stockCode: "22726", name: "ALARM CLOCK BAKELIKE GREEN", sales: 800 },
    { stockCode: "22423", name: "REGENCY CAKESTAND 3 TIER", sales: 1800 },
    { stockCode: "20725", name: "LUNCH BAG RED RETROSPOT", sales: 1400 },
    { stockCode: "22383", name: "LUNCH BAG SUKI DESIGN", sales: 1200 },
    { stockCode: "20727", name: "LUNCH BAG BLACK SKULL", sales: 1100 },
  ]

  it("puts colour variants of one design together, best-selling design first", () => {
    const designs = groupByDesign(codes)
    expect(designs[0].name).toBe("REGENCY CAKESTAND 3 TIER")
    const clock = designs.find((design) => design.name === "ALARM CLOCK BAKELIKE")
    expect(clock?.members.map((member) => member.stockCode)).toEqual(["22727", "22726"])
    expect(clock?.sales).toBe(1700)
  })

  it("caps each category and each family of look-alike designs", () => {
    const selected = selectCatalogueStockCodes(codes, {
      designsPerCategory: { "home-decor": 1, "kitchen-dining": 5, "bags-storage": 5 },
      maxDesignsPerFamily: 2,
      minVariantSales: 100,
    })
    expect(selected).toEqual(["22423", "22727", "22726", "20725", "22383"])
  })

  it("sorts products into categories by keyword", () => {
    expect(categoryOf("PAPER CHAIN KIT 50'S CHRISTMAS").name).toBe("Christmas")
    expect(categoryOf("HOMEMADE JAM SCENTED CANDLES").name).toBe("Candles & Lighting")
    expect(categoryOf("SPACEBOY LUNCH BOX").name).toBe("Kitchen & Dining")
    expect(categoryOf("LUNCH BAG SUKI DESIGN").name).toBe("Bags & Storage")
    expect(categoryOf("CREAM CUPID HEARTS COAT HANGER").name).toBe("Home Decor")
  })
})

describe("catalogue", () => {
  const transactions = [
    sale("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2.55),
    sale("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2.95),
    sale("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2.55),
    sale("21733", "RED HANGING HEART T-LIGHT HOLDER", 2.95),
    sale("22197", "SMALL POPCORN HOLDER", 0.85, "2011-01-01 09:00:00"),
    sale("22197", "POPCORN HOLDER", 0.85, "2011-09-01 09:00:00"),
    { ...sale("22197", "POPCORN HOLDER", 0.85), invoiceNo: "C540002", quantity: -1 },
    sale("POST", "POSTAGE", 18),
  ]
  const catalogue = buildCatalogue(transactions)

  it("ignores cancellations and service lines", () => {
    expect(transactions.filter(isProductSale)).toHaveLength(6)
    expect(catalogue.map((product) => product.handle)).toEqual(["hanging-heart-t-light-holder", "popcorn-holder"])
  })

  it("makes one product with a Colour option out of colour variants", () => {
    const [hearts] = catalogue
    expect(hearts.title).toBe("Hanging Heart T-Light Holder")
    expect(hearts.variants).toEqual([
      { title: "White", colour: "White", sku: "85123A-WHITE", stockCode: "85123A", image: "hanging-heart-t-light-holder-white.svg" },
      { title: "Red", colour: "Red", sku: "21733-RED", stockCode: "21733", image: "hanging-heart-t-light-holder-red.svg" },
    ])
    expect(hearts.images).toEqual(["hanging-heart-t-light-holder.svg", "hanging-heart-t-light-holder-colours.svg"])
    expect(hearts.category.name).toBe("Candles & Lighting")
    // Facts come from the name, not the category: a heart T-light holder's name names no material.
    expect(hearts.metadata.origin).toMatch(/^Not known/)
    expect(hearts.metadata.materials).not.toMatch(/soy wax/)
    expect(hearts.metadata.care).toMatch(/tea lights only/)
    expect(hearts.priceGbp).toBe(5.95)
    expect(hearts.priceEur).toBe(6.95)
    expect(hearts.description).toContain("Available in White and Red.")
  })

  it("names a single product by its latest description, with a Default variant", () => {
    const popcorn = catalogue[1]
    expect(popcorn.title).toBe("Popcorn Holder")
    expect(popcorn.variants).toEqual([{ title: "Default", colour: null, sku: "22197", stockCode: "22197" }])
    expect(popcorn.priceGbp).toBe(2.95)
  })

  it("sells out the least popular product", () => {
    expect(catalogue[catalogue.length - 1].stock).toBe("sold-out")
  })
})

describe("stock levels", () => {
  const warehouse = { kind: "warehouse" as const, handle: "central-warehouse" }
  const stores = ["lyon-part-dieu", "paris-le-marais", "london-covent-garden"].map((handle) => ({
    kind: "store" as const,
    handle,
  }))

  it("keeps sold-out products at zero and low ones at one to three in all", () => {
    expect([warehouse, ...stores].map((place) => stockQuantity("sold-out", "22144", place))).toEqual([0, 0, 0, 0])
    const low = [warehouse, ...stores].reduce((sum, place) => sum + stockQuantity("low", "22577", place), 0)
    expect(low).toBeGreaterThanOrEqual(1)
    expect(low).toBeLessThanOrEqual(3)
  })

  it("stocks the warehouse more than the stores, and is the same on every run", () => {
    for (const sku of ["85123A-WHITE", "22423", "20725"]) {
      const atWarehouse = stockQuantity("normal", sku, warehouse)
      expect(atWarehouse).toBeGreaterThanOrEqual(60)
      for (const store of stores) {
        expect(stockQuantity("normal", sku, store)).toBeLessThan(atWarehouse)
        expect(stockQuantity("normal", sku, store)).toBe(stockQuantity("normal", sku, store))
      }
    }
  })
})
