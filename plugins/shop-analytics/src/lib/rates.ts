/**
 * The rate table totals are converted with: how many euros one unit of each
 * currency is worth. A small, fixed, documented table rather than live rates,
 * so a figure computed today and the same figure next month agree (the
 * read model stores the rate it used on each order). Base currency: EUR.
 * Extend it when a region sells in another currency: an order in a currency
 * missing here is refused by the read model with a message naming it.
 */
export const BASE_CURRENCY = "eur"

export const RATES_TO_EUR: Readonly<Record<string, string>> = {
  eur: "1",
  // Average reference rates of the European Central Bank, 2010–2011 (the demo history's years) and since.
  gbp: "1.17",
  usd: "0.92",
  chf: "1.04",
}

export function rateToEur(currencyCode: string): string {
  const rate = RATES_TO_EUR[currencyCode.toLowerCase()]
  if (!rate) {
    throw new Error(`No exchange rate for currency "${currencyCode}": add it to RATES_TO_EUR in @fairmade/shop-analytics lib/rates.ts.`)
  }
  return rate
}
