import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** Decimal arithmetic for KPIs (never floats): amounts travel as decimal strings. */
export type Amount = string

export const ZERO: Amount = "0"

export const add = (a: BigNumberInput, b: BigNumberInput): Amount => MathBN.add(a, b).toString()
export const sub = (a: BigNumberInput, b: BigNumberInput): Amount => MathBN.sub(a, b).toString()
export const mult = (a: BigNumberInput, b: BigNumberInput): Amount => MathBN.mult(a, b).toString()
/** Decimals a fixed-point sum keeps exactly; amounts with more fall back to BigNumber. */
const SCALE_DIGITS = 10
const SCALE = 10n ** BigInt(SCALE_DIGITS)
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/

/** An amount as an integer count of 10⁻¹⁰ units, or null when it does not fit exactly. */
function toFixedPoint(value: BigNumberInput): bigint | null {
  const text = typeof value === "string" ? value : typeof value === "number" && Number.isInteger(value) ? String(value) : null
  const match = text === null ? null : DECIMAL.exec(text)
  if (!match || (match[3]?.length ?? 0) > SCALE_DIGITS) return null
  const units = BigInt(match[2]) * SCALE + BigInt((match[3] ?? "").padEnd(SCALE_DIGITS, "0"))
  return match[1] ? -units : units
}

function fromFixedPoint(units: bigint): Amount {
  const negative = units < 0n
  const absolute = negative ? -units : units
  const fraction = (absolute % SCALE).toString().padStart(SCALE_DIGITS, "0").replace(/0+$/, "")
  return `${negative ? "-" : ""}${absolute / SCALE}${fraction ? `.${fraction}` : ""}`
}

/**
 * Exact sum. Dashboard queries add tens of thousands of decimal strings, so
 * they are added as fixed-point integers (exact to 10 decimals); anything
 * else goes through BigNumber.
 */
export function sum(values: BigNumberInput[]): Amount {
  let total = 0n
  for (const value of values) {
    const units = toFixedPoint(value)
    if (units === null) return values.reduce<Amount>((running, item) => add(running, item), ZERO)
    total += units
  }
  return fromFixedPoint(total)
}

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
