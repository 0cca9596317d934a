/**
 * Invoice lines of the Online Retail data set (Chen, D. (2015), UCI ML
 * Repository, DOI 10.24432/C5BW33, CC BY 4.0) as purchase interactions.
 * Columns: InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country.
 */
import type { Interaction } from "../engine/types"
import { readCsvFile } from "./csv"

export type RetailLine = Interaction & { invoice: string; description: string }

/**
 * A real sale by a known customer, or null: cancellations ("C…" invoices),
 * stock adjustments (quantity or price ≤ 0), service lines (POST, DOT, M…:
 * product codes start with a digit) and guest sales (no customer) are skipped.
 */
export function toRetailLine(record: Record<string, string>): RetailLine | null {
  const invoice = record.InvoiceNo ?? ""
  const item = (record.StockCode ?? "").trim().toUpperCase()
  const quantity = Number(record.Quantity)
  if (invoice.startsWith("C") || !(quantity > 0) || !(Number(record.UnitPrice) > 0) || !/^\d/.test(item)) return null
  if (!record.CustomerID) return null
  // The source writes ids as floats ("17850.0").
  const user = String(Math.trunc(Number(record.CustomerID)))
  const time = Date.parse(`${record.InvoiceDate.replace(" ", "T")}Z`)
  if (!Number.isFinite(time)) return null
  return { kind: "purchase", user, item, time, quantity, basket: invoice, invoice, description: (record.Description ?? "").trim() }
}

/** All valid sale lines of a file (plain or .gz), in file order. */
export async function readRetailLines(path: string): Promise<RetailLine[]> {
  const lines: RetailLine[] = []
  for await (const record of readCsvFile(path)) {
    const line = toRetailLine(record)
    if (line) lines.push(line)
  }
  return lines
}
