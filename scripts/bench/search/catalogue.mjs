// A benchmark catalogue from the real product names of the Online Retail
// data set: one product per distinct description, then colour and material
// variations of the best-known names until there are enough products.
import fs from "node:fs"
import readline from "node:readline"
import zlib from "node:zlib"

const COLOURS = ["Red", "Blue", "Pink", "Green", "White", "Black", "Ivory", "Gold"]
const MATERIALS = ["Zinc", "Wicker", "Enamel", "Glass", "Felt", "Ceramic"]
const LOCATIONS = [
  { id: "sloc_warehouse", name: "Warehouse" },
  { id: "sloc_london", name: "London Covent Garden" },
  { id: "sloc_paris", name: "Paris Le Marais" },
  { id: "sloc_lyon", name: "Lyon Part-Dieu" },
]
const CATEGORY_RULES = [
  [/CHRISTMAS|XMAS|ADVENT|SANTA|REINDEER|BAUBLE/, "Christmas"],
  [/T-LIGHT|CANDLE|LANTERN|LIGHT|LAMP/, "Candles & Lighting"],
  [/MUG|CUP|PLATE|BOWL|TEA|CAKE|LUNCH BOX|JAR|TIN/, "Kitchen & Dining"],
  [/BAG|PURSE|SHOPPER/, "Bags"],
  [/CARD|PAPER|WRAP|NOTEBOOK|PEN/, "Paper & Cards"],
  [/HEART|SIGN|FRAME|CLOCK|CUSHION|DOORMAT/, "Home Decoration"],
]

/** Descriptions with their median unit price, most sold first. */
export async function readProductNames(file) {
  const byName = new Map()
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()) })
  let header = true
  for await (const line of lines) {
    if (header) {
      header = false
      continue
    }
    // Descriptions have no commas in this data set, so a plain split is enough.
    const [invoice, , description, quantity, , unitPrice] = line.split(",")
    const name = description?.trim()
    if (!name || invoice.startsWith("C") || Number(quantity) <= 0 || !(Number(unitPrice) > 0) || name !== name.toUpperCase()) continue
    const known = byName.get(name) ?? { name, prices: [] }
    known.prices.push(Number(unitPrice))
    byName.set(name, known)
  }
  return [...byName.values()]
    .sort((a, b) => b.prices.length - a.prices.length)
    .map(({ name, prices }) => ({ name, price: prices.sort((x, y) => x - y)[Math.floor(prices.length / 2)] }))
}

/** A deterministic pseudo-random generator, so every run benchmarks the same catalogue and queries. */
export function seededRandom(seed = 42) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const titleCase = (text) => text.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())
const categoryOf = (name) => {
  const label = CATEGORY_RULES.find(([pattern]) => pattern.test(name))?.[1] ?? "Gifts"
  return { id: `pcat_${label.replace(/\W+/g, "").toLowerCase()}`, name: label }
}

function toDocument(name, price, index, random) {
  const colours = COLOURS.filter(() => random() < 0.25)
  return {
    id: `prod_${index}`,
    handle: `product-${index}`,
    title: titleCase(name),
    description: `${titleCase(name)}. Made in our Lyon workshop from recycled materials.${colours.length ? ` Available in ${colours.join(", ")}.` : ""}`,
    thumbnail: null,
    categories: [categoryOf(name)],
    collection: null,
    tags: [],
    options: colours.length ? { colour: colours } : {},
    skus: [`SKU${index}`],
    prices: { gbp: Math.round(price * 250) / 100, eur: Math.round(price * 290) / 100 },
    in_stock_locations: LOCATIONS.filter(() => random() < 0.7),
    origin: "Made in our Lyon workshop",
    materials: MATERIALS[index % MATERIALS.length],
    sales_channel_ids: ["sc_web"],
    created_at: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
  }
}

/** At least `size` documents: the real names first, then "<Colour> <name>" and "<name> in <material>" variations. */
export function buildCatalogue(names, size, random = seededRandom()) {
  const documents = names.map(({ name, price }, i) => toDocument(name, price, i, random))
  for (let round = 0; documents.length < size; round++) {
    const { name, price } = names[round % names.length]
    const variation = round % 2 ? `${COLOURS[round % COLOURS.length].toUpperCase()} ${name}` : `${name} IN ${MATERIALS[round % MATERIALS.length].toUpperCase()}`
    documents.push(toDocument(variation, price * 1.2, documents.length, random))
  }
  return documents
}
