/**
 * Money as Medusa's BigNumber, never floats: amounts arrive from Query as numbers,
 * strings or raw `{ value, precision }` objects, and leave rounded once, to the
 * currency's minor unit (cents for EUR, none for JPY, thousandths for KWD).
 */
import { MathBN } from "@medusajs/framework/utils"

export type Amount = ReturnType<typeof MathBN.convert>
export type AmountInput = Parameters<typeof MathBN.convert>[0] | { value: string | number } | null | undefined

/** bignumber.js ROUND_HALF_UP: half a cent goes up, as tills and card terminals do. */
const ROUND_HALF_UP = 4

export function amount(value: AmountInput): Amount {
  return MathBN.convert((value ?? 0) as Parameters<typeof MathBN.convert>[0])
}

/** Decimal places of a currency's minor unit (ISO 4217, as the runtime's Intl knows it). */
export function minorUnitDigits(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** Rounds once to the currency's minor unit, half up. */
export function roundToMinorUnit(value: AmountInput, currencyCode: string): Amount {
  return amount(value).decimalPlaces(minorUnitDigits(currencyCode), ROUND_HALF_UP)
}

/** A rounded amount as a plain decimal string ("5.95"), what answers and notes show. */
export function formatAmount(value: AmountInput, currencyCode: string): string {
  return roundToMinorUnit(value, currencyCode).toFixed(minorUnitDigits(currencyCode))
}

export const sumAmounts = (values: AmountInput[]) => values.reduce<Amount>((total, value) => MathBN.add(total, amount(value)), amount(0))
