/**
 * Medusa v2 returns amounts in major units (4.9 means €4.90), so formatting is all that
 * is needed here: no conversion from cents and no arithmetic on prices.
 */
const SHOP_LOCALE = "en-GB";

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currencyCode: string): Intl.NumberFormat {
  const currency = currencyCode.toUpperCase();
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(SHOP_LOCALE, { style: "currency", currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

export function formatMoney(amount: number, currencyCode: string): string {
  return formatterFor(currencyCode).format(amount);
}

/** The symbol alone, e.g. "€" for "eur", for compact labels such as the region selector. */
export function currencySymbol(currencyCode: string): string {
  const symbol = formatterFor(currencyCode)
    .formatToParts(0)
    .find((part) => part.type === "currency");
  return symbol?.value ?? currencyCode.toUpperCase();
}
