import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** Decimal arithmetic for KPIs (never floats): amounts travel as decimal strings. */
export type Amount = string

export const ZERO: Amount = "0"

export const add = (a: BigNumberInput, b: BigNumberInput): Amount => MathBN.add(a, b).toString()
export const sub = (a: BigNumberInput, b: BigNumberInput): Amount => MathBN.sub(a, b).toString()
export const mult = (a: BigNumberInput, b: BigNumberInput): Amount => MathBN.mult(a, b).toString()
export const sum = (values: BigNumberInput[]): Amount => values.reduce<Amount>((total, value) => add(total, value), ZERO)

/** a ÷ b to `places` decimals (half-up), or null when b is zero (a basket of no orders is undefined, not 0). */
export function divide(a: BigNumberInput, b: BigNumberInput, places = 2): Amount | null {
  if (MathBN.eq(b, 0)) return null
  return MathBN.convert(MathBN.div(a, b)).decimalPlaces(places, 4).toFixed(places)
}

/** An amount as shown: two decimals, half-up. */
export const toCents = (value: BigNumberInput): Amount => MathBN.convert(value).decimalPlaces(2, 4).toFixed(2)

/** A share as a plain ratio (not money): 4 decimals, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000
}
