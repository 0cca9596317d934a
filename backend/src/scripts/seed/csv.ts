/**
 * A minimal CSV reader/writer for the Online Retail files: comma-separated,
 * fields quoted with `"` when they hold a comma or a quote (`""` inside quotes
 * is a literal quote), one record per line. Small enough to keep the seed free
 * of a CSV dependency.
 */

export function parseCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ",") {
      fields.push(field)
      field = ""
    } else {
      field += char
    }
  }
  fields.push(field)
  return fields
}

export function toCsvLine(fields: readonly string[]): string {
  return fields.map((field) => (/[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(",")
}

/** Records of a whole CSV text, keyed by the header's column names. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.length > 0)
  if (!header) {
    return []
  }
  const columns = parseCsvLine(header)
  return lines.map((line) => {
    const values = parseCsvLine(line)
    return Object.fromEntries(columns.map((column, i) => [column, values[i] ?? ""]))
  })
}
