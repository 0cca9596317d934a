/** A table as a CSV file the browser downloads (quoted where needed, UTF-8 with BOM for spreadsheets). */
export function downloadCsv(filename: string, header: string[], rows: (string | number | null)[][]) {
  const cell = (value: string | number | null) => {
    const text = value === null ? "" : String(value)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const text = [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: "text/csv;charset=utf-8" }))
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}
