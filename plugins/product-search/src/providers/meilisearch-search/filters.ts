import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** A Meilisearch literal: JSON's string escaping is what its filter syntax expects. */
const literal = (value: unknown): string => {
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  return JSON.stringify(String(value))
}
const list = (values: unknown[]) => `[${values.map(literal).join(", ")}]`
/** Attribute paths go into the expression unquoted, so only plain dotted names pass. */
const attribute = (path: string) => {
  if (!/^[A-Za-z0-9_.]+$/.test(path)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid search field "${path}"`)
  return path
}

function operator(path: string, op: string, operand: any): string {
  const field = attribute(path)
  switch (op) {
    case "$eq":
      return operand === null ? `${field} IS NULL` : `${field} = ${literal(operand)}`
    case "$ne":
      return operand === null ? `${field} IS NOT NULL` : `${field} != ${literal(operand)}`
    case "$in":
    case "$overlaps":
      return `${field} IN ${list(operand)}`
    case "$nin":
      return `${field} NOT IN ${list(operand)}`
    case "$contains":
      return `(${[operand].flat().map((value: unknown) => `${field} = ${literal(value)}`).join(" AND ")})`
    case "$lt":
      return `${field} < ${literal(operand)}`
    case "$lte":
      return `${field} <= ${literal(operand)}`
    case "$gt":
      return `${field} > ${literal(operand)}`
    case "$gte":
      return `${field} >= ${literal(operand)}`
    case "$exists":
      return operand ? `${field} EXISTS` : `${field} NOT EXISTS`
    default:
      // $prefix and $like: Meilisearch has no substring filter (the provider contract says reject, not approximate).
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Meilisearch cannot filter with "${op}"`)
  }
}

const isOperatorMap = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).every((key) => key.startsWith("$"))

/** The Search Module's filter tree as one Meilisearch filter expression (undefined for no filter). */
export function toMeilisearchFilter(filters: SearchTypes.SearchFilters | undefined): string | undefined {
  if (!filters) return undefined
  const parts: string[] = []
  for (const [key, condition] of Object.entries(filters)) {
    if (condition === undefined || key === "q") continue
    if (key === "$and" || key === "$or") {
      const branches = (condition as SearchTypes.SearchFilters[]).map(toMeilisearchFilter).filter((branch): branch is string => !!branch)
      if (branches.length) parts.push(`(${branches.map((branch) => `(${branch})`).join(key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      const inner = toMeilisearchFilter(condition as SearchTypes.SearchFilters)
      if (inner) parts.push(`NOT (${inner})`)
    } else if (isOperatorMap(condition)) {
      for (const [op, operand] of Object.entries(condition)) if (operand !== undefined) parts.push(operator(key, op, operand))
    } else if (Array.isArray(condition)) {
      parts.push(operator(key, "$in", condition))
    } else {
      parts.push(operator(key, "$eq", condition))
    }
  }
  return parts.length ? parts.join(" AND ") : undefined
}

/** A range facet bucket as a filter. */
export function rangeFilter(path: string, from: unknown, to: unknown): string {
  const field = attribute(path)
  const bounds = [from !== undefined && `${field} >= ${literal(from)}`, to !== undefined && `${field} < ${literal(to)}`].filter(Boolean)
  return bounds.length ? bounds.join(" AND ") : `${field} EXISTS`
}
