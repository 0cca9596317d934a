/**
 * One-off: cuts the small sample of the Online Retail data set that ships
 * with the project (users' machines do not have the full file) and that the
 * demo seed builds its catalogue from. Re-runnable; same input, same output.
 *
 *   cd backend && npx ts-node --transpile-only src/scripts/seed/make-sample.ts [path/to/full.csv.gz]
 */
import fs from "node:fs"
import path from "node:path"
import readline from "node:readline"
import zlib from "node:zlib"
import { parseCsvLine, toCsvLine } from "./csv"
import { normaliseDescription } from "./naming"
import { FULL_DATA_CSV, SAMPLE_CSV, SAMPLE_README } from "./paths"
import {
  CustomerPurchase,
  selectCatalogueStockCodes,
  selectSampleCustomers,
  SelectionRules,
  StockCodeSales,
} from "./selection"
import { isProductSale, rememberLatestDescription, toTransaction, Transaction, TRANSACTION_COLUMNS } from "./transactions"

const CATALOGUE_RULES: SelectionRules = {
  designsPerCategory: {
    "christmas": 6,
    "candles-lighting": 8,
    "bags-storage": 7,
    "kitchen-dining": 10,
    "gifts-wrap": 8,
    "home-decor": 10,
  },
  maxDesignsPerFamily: 2,
  minVariantSales: 150,
}
const SAMPLE_CUSTOMERS = 400
const MIN_SALES_PER_CODE = 8

type Line = { fields: string[]; transaction: Transaction }

async function* readLines(file: string): AsyncGenerator<Line> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip())
  let columns: string[] | null = null
  for await (const text of readline.createInterface({ input, crlfDelay: Infinity })) {
    const fields = parseCsvLine(text)
    if (!columns) {
      columns = fields
      continue
    }
    const record = Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? ""]))
    yield { fields, transaction: toTransaction(record) }
  }
}

/** Sale lines per stock code, named by its latest description. */
async function salesPerStockCode(file: string): Promise<StockCodeSales[]> {
  const sales = new Map<string, number>()
  const latest = new Map<string, { description: string; invoiceDate: string }>()
  for await (const { transaction } of readLines(file)) {
    if (!isProductSale(transaction)) continue
    sales.set(transaction.stockCode, (sales.get(transaction.stockCode) ?? 0) + 1)
    rememberLatestDescription(latest, transaction)
  }
  return [...sales].map(([stockCode, count]) => ({
    stockCode,
    name: normaliseDescription(latest.get(stockCode)!.description),
    sales: count,
  }))
}

/** Every line (cancellations included) of the chosen codes by known customers. */
async function linesOfStockCodes(file: string, stockCodes: Set<string>): Promise<Line[]> {
  const lines: Line[] = []
  for await (const line of readLines(file)) {
    if (stockCodes.has(line.transaction.stockCode) && line.transaction.customerId) {
      lines.push(line)
    }
  }
  return lines
}

function readme(stats: { lines: number; stockCodes: number; customers: number }): string {
  return `# Demo data

\`online-retail-sample.csv\` is a sample of the **Online Retail** data set: real invoice lines of a UK online
retailer of gifts and home decoration, from 2010-12-01 to 2011-11-08.

> Chen, D. (2015). *Online Retail* [Dataset]. UCI Machine Learning Repository. https://doi.org/10.24432/C5BW33
> Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).

Changes made: rows selected, nothing else. It holds ${stats.lines} lines, all those of the ${stats.stockCodes} stock codes
that make up the demo catalogue bought by ${stats.customers} customers (repeat buyers, drawn in a fixed pseudo-random
order), cancellations included. Columns as in the original:
\`${TRANSACTION_COLUMNS.join(",")}\` (UnitPrice in GBP; an InvoiceNo starting with C is a cancellation).

The demo seed (\`src/scripts/seed.ts\`) builds the catalogue from it: names, colour variants, categories and
prices (twice the median trade price, as retail). The product pictures in \`static/products/\` are drawn by
\`src/scripts/seed/make-images.ts\`; they do not come from the data set.

Made by \`src/scripts/seed/make-sample.ts\` from the full file, which only developers and CI have.
`
}

async function main() {
  const source = process.argv[2] ?? FULL_DATA_CSV
  if (!fs.existsSync(source)) {
    throw new Error(`The full Online Retail file is not at ${source}; pass its path as the first argument.`)
  }
  const stockCodes = new Set(selectCatalogueStockCodes(await salesPerStockCode(source), CATALOGUE_RULES))
  const lines = await linesOfStockCodes(source, stockCodes)
  const purchases: CustomerPurchase[] = lines
    .filter(({ transaction }) => isProductSale(transaction))
    .map(({ transaction }) => ({
      customerId: transaction.customerId as string,
      stockCode: transaction.stockCode,
      invoiceNo: transaction.invoiceNo,
    }))
  const customers = selectSampleCustomers(purchases, { customers: SAMPLE_CUSTOMERS, minSalesPerCode: MIN_SALES_PER_CODE })
  const sample = lines.filter(({ transaction }) => customers.has(transaction.customerId as string))

  fs.mkdirSync(path.dirname(SAMPLE_CSV), { recursive: true })
  const csv = [TRANSACTION_COLUMNS, ...sample.map(({ fields }) => fields)].map(toCsvLine).join("\n") + "\n"
  fs.writeFileSync(SAMPLE_CSV, csv)
  fs.writeFileSync(SAMPLE_README, readme({ lines: sample.length, stockCodes: stockCodes.size, customers: customers.size }))
  console.log(
    `${SAMPLE_CSV}: ${sample.length} lines, ${stockCodes.size} stock codes, ${customers.size} customers, ${(csv.length / 1024).toFixed(0)} KiB`,
  )
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
