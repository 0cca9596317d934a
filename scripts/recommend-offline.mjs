#!/usr/bin/env node
// Top-k recommendations per customer, offline:
//   npm run recommend:offline -- --train <csv[.gz]> --customers <file> [--k 10] --out <json>
// --customers: one customer id per line ("17850" or "17850.0"; a CSV with a CustomerID column works too).
// Writes { "<customer id>": ["<StockCode>", …] } using the home placement
// (popularity for customers the training file does not know).
import fs from "node:fs"
import { loadEvaluation, parseArgs, requireFile } from "./recommend-cli.mjs"

const args = parseArgs(process.argv.slice(2), { k: "10" })
const out = args.out ?? fail("--out <json> is required")
const { readRetailLines, trainRetailModel, recommend, parseCsvLine } = await loadEvaluation()
const lines = await readRetailLines(requireFile(args, "train"))
const started = performance.now()
const model = trainRetailModel(lines)
console.log(`Trained on ${lines.length} lines in ${((performance.now() - started) / 1000).toFixed(1)}s`)
const customers = readCustomerIds(requireFile(args, "customers"))

const result = {}
for (const customer of customers) {
  result[customer] = recommend(model, { placement: "home", user: customer }, Number(args.k)).map(({ item }) => item)
}
fs.writeFileSync(out, JSON.stringify(result, null, 1))
console.log(`Wrote top-${args.k} for ${customers.length} customers to ${out}`)

function readCustomerIds(file) {
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/)
  const column = Math.max(parseCsvLine(lines[0]).indexOf("CustomerID"), 0)
  const ids = lines
    .map((line) => (parseCsvLine(line)[column] ?? "").trim())
    .filter((value) => /^\d+(\.0+)?$/.test(value))
    .map((value) => String(Math.trunc(Number(value))))
  return [...new Set(ids)]
}

function fail(message) {
  console.error(message)
  process.exit(2)
}
