/**
 * A small streaming CSV reader: comma-separated, fields quoted with `"` when
 * they hold a comma or a quote (`""` is a literal quote), one record per line.
 * Reads plain or gzip files (by the `.gz` suffix) without loading them whole.
 */
import fs from "node:fs"
import readline from "node:readline"
import zlib from "node:zlib"

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
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(",")
}

/** Records of a CSV text (header first), keyed by the header's column names. */
export function* parseCsvText(text: string): Generator<Record<string, string>> {
  let columns: string[] | null = null
  for (const line of text.split(/\r?\n/)) {
    if (line.length === 0) continue
    if (!columns) columns = parseCsvLine(line)
    else yield toRecord(columns, parseCsvLine(line))
  }
}

/** Streams the records of a CSV file, plain or `.gz`. */
export async function* readCsvFile(path: string): AsyncGenerator<Record<string, string>> {
  const raw = fs.createReadStream(path)
  const input = path.endsWith(".gz") ? raw.pipe(zlib.createGunzip()) : raw
  let columns: string[] | null = null
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (line.length === 0) continue
    if (!columns) columns = parseCsvLine(line)
    else yield toRecord(columns, parseCsvLine(line))
  }
}

function toRecord(columns: readonly string[], values: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {}
  columns.forEach((column, i) => (record[column] = values[i] ?? ""))
  return record
}
