/**
 * One invoice line of the Online Retail data set (Chen, 2015, UCI ML
 * Repository, CC BY 4.0): the columns of the original file, typed.
 */
export type Transaction = {
  invoiceNo: string
  stockCode: string
  description: string
  quantity: number
  invoiceDate: string
  unitPrice: number
  customerId: string | null
  country: string
}

export const TRANSACTION_COLUMNS = [
  "InvoiceNo",
  "StockCode",
  "Description",
  "Quantity",
  "InvoiceDate",
  "UnitPrice",
  "CustomerID",
  "Country",
] as const

export function toTransaction(record: Record<string, string>): Transaction {
  return {
    invoiceNo: record.InvoiceNo,
    stockCode: record.StockCode.trim().toUpperCase(),
    description: record.Description,
    quantity: Number(record.Quantity),
    invoiceDate: record.InvoiceDate,
    unitPrice: Number(record.UnitPrice),
    // The source writes ids as floats ("17850.0"); an empty one is a guest.
    customerId: record.CustomerID ? String(Math.trunc(Number(record.CustomerID))) : null,
    country: record.Country,
  }
}

/**
 * A real sale of a real product: not a cancellation ("C…" invoices), not a
 * stock adjustment (quantity or price ≤ 0), and not a service line such as
 * POST, DOT, M or BANK CHARGES (product stock codes start with a digit).
 */
export function isProductSale(transaction: Transaction): boolean {
  return (
    !transaction.invoiceNo.startsWith("C") &&
    transaction.quantity > 0 &&
    transaction.unitPrice > 0 &&
    /^\d/.test(transaction.stockCode) &&
    transaction.description.trim().length > 0
  )
}

/**
 * Keeps, per stock code, the description of its latest sale: the shop renamed
 * items over the year ("ANTIQUE SILVER TEA GLASS ETCHED" became "ANTIQUE
 * SILVER T-LIGHT GLASS"), and the latest name is the current one.
 */
export function rememberLatestDescription(
  latest: Map<string, { description: string; invoiceDate: string }>,
  transaction: Transaction,
): void {
  const known = latest.get(transaction.stockCode)
  if (!known || transaction.invoiceDate >= known.invoiceDate) {
    latest.set(transaction.stockCode, { description: transaction.description, invoiceDate: transaction.invoiceDate })
  }
}
