import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toNumber, valuesAt } from "./fields"

type Filters = SearchTypes.SearchFilters
type Document = Record<string, unknown>

const OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$exists", "$contains", "$overlaps", "$prefix", "$like"])

/**
 * Strings compare without regard to case, as Meilisearch's filters do, so
 * `colour = "red"` finds "Red" on both providers.
 */
function equal(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase()
  if (typeof a === "boolean" || typeof b === "boolean") return a === b
  const [x, y] = [toNumber(a), toNumber(b)]
  return x !== undefined && x === y
}

function compare(values: unknown[], operator: string, operand: any): boolean {
  const has = (wanted: unknown) => values.some((value) => equal(value, wanted))
  const numbers = () => values.map(toNumber).filter((n): n is number => n !== undefined)
  switch (operator) {
    case "$eq":
      return operand === null ? values.length === 0 : has(operand)
    case "$ne":
      return operand === null ? values.length > 0 : !has(operand)
    case "$in":
      return (operand as unknown[]).some(has)
    case "$nin":
      return !(operand as unknown[]).some(has)
    case "$contains":
      return [operand].flat().every(has)
    case "$overlaps":
      return (operand as unknown[]).some(has)
    case "$exists":
      return operand ? values.length > 0 : values.length === 0
    case "$lt":
      return numbers().some((n) => n < toNumber(operand)!)
    case "$lte":
      return numbers().some((n) => n <= toNumber(operand)!)
    case "$gt":
      return numbers().some((n) => n > toNumber(operand)!)
    case "$gte":
      return numbers().some((n) => n >= toNumber(operand)!)
    case "$prefix":
      return values.some((value) => typeof value === "string" && value.toLowerCase().startsWith(String(operand).toLowerCase()))
    case "$like":
      return values.some((value) => typeof value === "string" && value.toLowerCase().includes(String(operand).toLowerCase()))
    default:
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unsupported search filter operator "${operator}"`)
  }
}

function isOperatorMap(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).every((k) => OPERATORS.has(k))
}

/** Compiles a filter tree once into a predicate over documents. */
export function compileFilters(filters: Filters | undefined): (document: Document) => boolean {
  if (!filters || !Object.keys(filters).length) return () => true
  const tests: ((document: Document) => boolean)[] = []
  for (const [field, condition] of Object.entries(filters)) {
    if (condition === undefined || field === "q") continue
    if (field === "$and") {
      const branches = (condition as Filters[]).map(compileFilters)
      tests.push((document) => branches.every((test) => test(document)))
    } else if (field === "$or") {
      const branches = (condition as Filters[]).map(compileFilters)
      tests.push((document) => branches.some((test) => test(document)))
    } else if (field === "$not") {
      const inner = compileFilters(condition as Filters)
      tests.push((document) => !inner(document))
    } else if (isOperatorMap(condition)) {
      const entries = Object.entries(condition).filter(([, operand]) => operand !== undefined)
      for (const [operator] of entries) if (!OPERATORS.has(operator)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unsupported search filter operator "${operator}"`)
      tests.push((document) => {
        const values = valuesAt(document, field)
        return entries.every(([operator, operand]) => compare(values, operator, operand))
      })
    } else if (Array.isArray(condition)) {
      tests.push((document) => compare(valuesAt(document, field), "$in", condition))
    } else {
      tests.push((document) => compare(valuesAt(document, field), "$eq", condition))
    }
  }
  return (document) => tests.every((test) => test(document))
}
