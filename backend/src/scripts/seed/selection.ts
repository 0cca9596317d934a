import { hash } from "./hash"
import { categoryOf } from "./categories"
import { splitColour } from "./naming"

/** What the sales data says about one stock code. */
export type StockCodeSales = {
  stockCode: string
  /** Normalised description (see normaliseDescription). */
  name: string
  /** Number of sale lines. */
  sales: number
}

export type SelectionRules = {
  /** How many designs each category (by handle) gets. */
  designsPerCategory: Record<string, number>
  /** At most this many designs share their first two words ("LUNCH BAG …"). */
  maxDesignsPerFamily: number
  /** Stock codes that sold less often than this are left out, rare colour variants included. */
  minVariantSales: number
}

type Design = { name: string; sales: number; members: StockCodeSales[] }

/** Stock codes grouped by design: colour variants of one design together, one code per colour. */
export function groupByDesign(codes: readonly StockCodeSales[]): Design[] {
  const designs = new Map<string, Design>()
  const bestSellingFirst = [...codes].sort((a, b) => b.sales - a.sales)
  for (const code of bestSellingFirst) {
    const { design: name, colour } = splitColour(code.name)
    const design = designs.get(name) ?? { name, sales: 0, members: [] }
    const colourTaken = design.members.some((member) => splitColour(member.name).colour === colour)
    if (!colourTaken) {
      design.members.push(code)
      design.sales += code.sales
      designs.set(name, design)
    }
  }
  return [...designs.values()].sort((a, b) => b.sales - a.sales)
}

/**
 * The stock codes of the demo catalogue: the best-selling designs, balanced
 * across categories and not dominated by one family of near-identical items
 * (the data holds dozens of lunch bags).
 */
export function selectCatalogueStockCodes(codes: readonly StockCodeSales[], rules: SelectionRules): string[] {
  const popular = codes.filter((code) => code.sales >= rules.minVariantSales)
  const perCategory = new Map<string, number>()
  const perFamily = new Map<string, number>()
  const selected: string[] = []
  for (const design of groupByDesign(popular)) {
    const category = categoryOf(design.name).handle
    const family = design.name.split(" ").slice(0, 2).join(" ")
    const categoryFull = (perCategory.get(category) ?? 0) >= (rules.designsPerCategory[category] ?? 0)
    const familyFull = (perFamily.get(family) ?? 0) >= rules.maxDesignsPerFamily
    if (categoryFull || familyFull) {
      continue
    }
    perCategory.set(category, (perCategory.get(category) ?? 0) + 1)
    perFamily.set(family, (perFamily.get(family) ?? 0) + 1)
    selected.push(...design.members.map((member) => member.stockCode))
  }
  return selected
}

/** One sale line of a catalogue stock code by a known customer. */
export type CustomerPurchase = { customerId: string; stockCode: string; invoiceNo: string }

/**
 * A few hundred customers whose order history ships with the demo: repeat
 * buyers (two invoices or more), drawn in a stable pseudo-random order so the
 * sample is not just the biggest wholesale accounts, then topped up so that
 * every catalogue stock code keeps at least `minSalesPerCode` sale lines.
 */
export function selectSampleCustomers(
  purchases: readonly CustomerPurchase[],
  options: { customers: number; minSalesPerCode: number },
): Set<string> {
  const invoicesByCustomer = new Map<string, Set<string>>()
  for (const { customerId, invoiceNo } of purchases) {
    const invoices = invoicesByCustomer.get(customerId) ?? new Set<string>()
    invoices.add(invoiceNo)
    invoicesByCustomer.set(customerId, invoices)
  }
  const inStableOrder = (ids: Iterable<string>) => [...ids].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b))
  const repeatBuyers = [...invoicesByCustomer].filter(([, invoices]) => invoices.size >= 2).map(([id]) => id)
  const chosen = new Set(inStableOrder(repeatBuyers).slice(0, options.customers))

  const buyersByCode = new Map<string, string[]>()
  for (const { customerId, stockCode } of purchases) {
    const buyers = buyersByCode.get(stockCode) ?? []
    buyers.push(customerId)
    buyersByCode.set(stockCode, buyers)
  }
  for (const buyers of buyersByCode.values()) {
    let salesCovered = buyers.filter((id) => chosen.has(id)).length
    for (const candidate of inStableOrder(new Set(buyers))) {
      if (salesCovered >= options.minSalesPerCode) break
      if (!chosen.has(candidate)) {
        chosen.add(candidate)
        salesCovered += buyers.filter((id) => id === candidate).length
      }
    }
  }
  return chosen
}
