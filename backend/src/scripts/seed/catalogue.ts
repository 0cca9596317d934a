/**
 * The demo catalogue, worked out from the shipped sample of real sales:
 * one product per design, colour variants as a "Colour" option, shop names,
 * retail prices, categories, collections, tags and stock situations. Pure:
 * the seed turns it into Medusa records, make-images.ts into pictures.
 */
import { categoryOf, Category } from "./categories"
import { normaliseDescription, slugify, splitColour, titleCase } from "./naming"
import { median, priceEurFromGbp, retailPriceGbp } from "./pricing"
import { productFacts, type ProductFacts } from "./product-facts"
import { groupByDesign, StockCodeSales } from "./selection"
import { isProductSale, rememberLatestDescription, Transaction } from "./transactions"

export const COLLECTIONS = {
  bestsellers: { title: "Bestsellers", handle: "bestsellers" },
  "new-in": { title: "New in", handle: "new-in" },
  christmas: { title: "Christmas", handle: "christmas" },
} as const
export type CollectionKey = keyof typeof COLLECTIONS

/** "sold-out": no stock anywhere; "low": one to three left in all; "normal": the rest. */
export type StockSituation = "normal" | "low" | "sold-out"

export type VariantSpec = {
  title: string
  /** Colour name ("Red") when the product comes in colours. */
  colour: string | null
  sku: string
  /** The data set's StockCode, to map its sales to this variant. */
  stockCode: string
  /** Its own picture (file under static/products/) when it is a colour: the product drawn in that colour. */
  image?: string
}

export type ProductSpec = {
  handle: string
  title: string
  description: string
  category: Category
  collection: CollectionKey | null
  tags: string[]
  priceGbp: number
  priceEur: number
  weightGrams: number
  /** Written from the product's own name (product-facts.ts), unknown where it says nothing. */
  metadata: { origin: string; materials: string; care: string }
  /** Medusa's `material` field: null when not known. */
  material: ProductFacts["material"]
  variants: VariantSpec[]
  /** Picture file names under static/products/. */
  images: string[]
  stock: StockSituation
  /** Sale lines in the sample: how popular the design is. */
  sales: number
}

const BESTSELLERS = 10
const NEW_IN = 8
// A design sold as colours of which one has no colour word ("WICKER STAR"
// beside "WHITE WICKER STAR") is the undyed, natural one.
const UNCOLOURED = "NATURAL"

const TAG_RULES: [RegExp, string][] = [
  [/RETROSPOT|POLKADOT|SPOTTY/, "spots"],
  [/VINTAGE|ANTIQUE|EDWARDIAN|VICTORIAN|REGENCY|BAKELIKE|DINER|50'S/, "vintage"],
  [/PANTRY|JAM MAKING|RECIPE|CAKE/, "baking"],
  [/HEART/, "hearts"],
  [/WICKER|SLATE|WOODEN|RECYCLED/, "natural-materials"],
  [/CHILDREN|LUNCH|TOADSTOOL|HARMONICA|SNAP CARDS|POPCORN|CRAFT/, "for-kids"],
  [/BUNTING|PARTY|RIBBONS/, "party"],
]

type StockCodeFacts = StockCodeSales & { unitPrices: number[]; firstSold: string }

function factsPerStockCode(transactions: readonly Transaction[]): StockCodeFacts[] {
  const latest = new Map<string, { description: string; invoiceDate: string }>()
  const facts = new Map<string, { unitPrices: number[]; firstSold: string }>()
  for (const sale of transactions.filter(isProductSale)) {
    rememberLatestDescription(latest, sale)
    const known = facts.get(sale.stockCode) ?? { unitPrices: [], firstSold: sale.invoiceDate }
    known.unitPrices.push(sale.unitPrice)
    if (sale.invoiceDate < known.firstSold) known.firstSold = sale.invoiceDate
    facts.set(sale.stockCode, known)
  }
  return [...facts].map(([stockCode, { unitPrices, firstSold }]) => ({
    stockCode,
    name: normaliseDescription(latest.get(stockCode)!.description),
    sales: unitPrices.length,
    unitPrices,
    firstSold,
  }))
}

function variantsOf(members: readonly StockCodeSales[]): VariantSpec[] {
  if (members.length === 1) {
    return [{ title: "Default", colour: null, sku: members[0].stockCode, stockCode: members[0].stockCode }]
  }
  return members.map(({ stockCode, name }) => {
    const colour = splitColour(name).colour ?? UNCOLOURED
    return { title: titleCase(colour), colour: titleCase(colour), sku: `${stockCode}-${colour}`, stockCode }
  })
}

function tagsOf(name: string): string[] {
  return TAG_RULES.filter(([pattern]) => pattern.test(name)).map(([, tag]) => tag)
}

const listed = (words: readonly string[]) =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function describe(category: Category, variants: readonly VariantSpec[], facts: ProductFacts): string {
  const colours = variants.flatMap((variant) => (variant.colour ? [variant.colour] : []))
  return [
    category.pitch,
    colours.length ? `Available in ${listed(colours)}.` : "",
    facts.material ? `Made of ${lowerFirst(facts.material)}.` : "",
  ]
    .filter(Boolean)
    .join(" ")
}

/** Bestsellers first; then the newest designs; Christmas goes by category. */
function assignCollections(products: (ProductSpec & { firstSold: string })[]): void {
  const christmas = products.filter((product) => product.category.handle === "christmas")
  christmas.forEach((product) => (product.collection = "christmas"))
  const others = products.filter((product) => !product.collection)
  others.slice(0, BESTSELLERS).forEach((product) => (product.collection = "bestsellers"))
  others
    .filter((product) => !product.collection)
    .sort((a, b) => b.firstSold.localeCompare(a.firstSold))
    .slice(0, NEW_IN)
    .forEach((product) => (product.collection = "new-in"))
}

/** The least popular design is sold out; the two above it are down to their last units. */
function assignStockSituations(productsByPopularity: ProductSpec[]): void {
  const last = productsByPopularity.length - 1
  productsByPopularity[last].stock = "sold-out"
  productsByPopularity.slice(Math.max(0, last - 2), last).forEach((product) => (product.stock = "low"))
}

function uniqueHandle(title: string, taken: Set<string>): string {
  const base = slugify(title)
  let handle = base
  for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`
  taken.add(handle)
  return handle
}

export function buildCatalogue(transactions: readonly Transaction[]): ProductSpec[] {
  const facts = factsPerStockCode(transactions)
  const factsByCode = new Map(facts.map((fact) => [fact.stockCode, fact]))
  const handles = new Set<string>()
  const products = groupByDesign(facts).map((design) => {
    const members = design.members.map((member) => factsByCode.get(member.stockCode)!)
    const grouped = members.length > 1
    const title = titleCase(grouped ? design.name : members[0].name)
    const handle = uniqueHandle(title, handles)
    const category = categoryOf(design.name)
    const variants = variantsOf(members).map((variant) =>
      variant.colour ? { ...variant, image: `${handle}-${slugify(variant.colour)}.svg` } : variant,
    )
    const priceGbp = retailPriceGbp(median(members.flatMap((member) => member.unitPrices)))
    const facts = productFacts(design.name)
    return {
      handle,
      title,
      description: describe(category, variants, facts),
      category,
      collection: null,
      tags: tagsOf(design.name),
      priceGbp,
      priceEur: priceEurFromGbp(priceGbp),
      weightGrams: category.weightGrams,
      metadata: { origin: facts.origin, materials: facts.materials, care: facts.care },
      material: facts.material,
      variants,
      images: grouped ? [`${handle}.svg`, `${handle}-colours.svg`] : [`${handle}.svg`],
      stock: "normal" as StockSituation,
      sales: design.sales,
      firstSold: members.map((member) => member.firstSold).sort()[0],
    }
  })
  assignCollections(products)
  assignStockSituations(products)
  return products.map(({ firstSold, ...product }) => product)
}
