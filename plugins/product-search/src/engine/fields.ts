import type { SearchTypes } from "@medusajs/framework/types"

export type LeafField = { path: string; field: SearchTypes.SearchFieldDefinition }

/** Every leaf field of a definition with its dotted path ("prices.eur"). */
export function leafFields(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = ""): LeafField[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? leafFields(field.fields, path) : [{ path, field }]
  })
}

/** The values at a dotted path, arrays flattened on the way ("categories.name" of a list of categories). */
export function valuesAt(source: unknown, path: string): unknown[] {
  // The common case, a top-level field, without the walk.
  if (!path.includes(".") && source && typeof source === "object" && !Array.isArray(source)) {
    const value = (source as Record<string, unknown>)[path]
    if (value === undefined || value === null) return []
    return Array.isArray(value) ? value.flat().filter((item) => item !== undefined && item !== null) : [value]
  }
  let current: unknown[] = [source]
  for (const segment of path.split(".")) {
    const next: unknown[] = []
    for (const value of current) {
      if (value === null || value === undefined) continue
      const child = Array.isArray(value) ? value.flatMap((item) => (item && typeof item === "object" ? [(item as any)[segment]] : [])) : (value as any)[segment]
      if (Array.isArray(child)) next.push(...child)
      else if (child !== undefined && child !== null) next.push(child)
    }
    current = next
  }
  return current.flat()
}

/** A comparable number for numbers and dates; undefined otherwise. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined
  if (value instanceof Date) return value.getTime()
  if (typeof value === "string" && value !== "") {
    const number = Number(value)
    if (Number.isFinite(number)) return number
    const date = Date.parse(value)
    return Number.isNaN(date) ? undefined : date
  }
  return undefined
}

/** Search weights of the searchable fields, from the definition (1 when none is given). */
export function searchableWeights(fields: Record<string, SearchTypes.SearchFieldDefinition>): [string, number][] {
  return leafFields(fields).flatMap(({ path, field }) => {
    if (!field.searchable) return []
    const weight = typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 1
    return [[path, weight] as [string, number]]
  })
}
