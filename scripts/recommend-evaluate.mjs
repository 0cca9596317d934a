#!/usr/bin/env node
// Offline evaluation of the recommendation engine, on the production code path:
//   npm run recommend:evaluate                       the last 4 monthly splits of the shared Online Retail file
//   npm run recommend:evaluate -- --data <csv[.gz]> [--months 2011-08,2011-09] [--splits 4] [--k 10]
//   npm run recommend:evaluate -- --fit 2011-07      also refit the blend on that month and print its coefficients
//   npm run recommend:evaluate -- --train <csv[.gz]> --test <csv[.gz]> [--k 10] [--options '{"easeLambda":300}']
// Each split trains on every line before month m and tests on month m. Prints a table per split (model and the
// baselines: own history, popularity, item-kNN) and, as its last line, one JSON object: the latest split's report
// at the top level (as before) plus `splits` with every split. Needs the built plugin (npm run build -w @fairmade/recommendations).
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { loadEvaluation, parseArgs, requireFile } from "./recommend-cli.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const args = parseArgs(process.argv.slice(2), { k: "10", splits: "4" })
const k = Number(args.k)
const options = args.options ? JSON.parse(args.options) : {}
const evaluation = await loadEvaluation()
const { readRetailLines, trainRetailModel, evaluate, splitAt, lastMonths, fitBlendWeights } = evaluation

const splits = []
let totalLines = 0
if (args.train || args.test) {
  const train = await readRetailLines(requireFile(args, "train"))
  const test = await readRetailLines(requireFile(args, "test"))
  const start = test.reduce((min, line) => Math.min(min, line.time), Infinity)
  splits.push({ month: new Date(start).toISOString().slice(0, 7), start, train, test })
} else {
  args.data ??= sharedFile()
  const lines = await readRetailLines(requireFile(args, "data"))
  totalLines = lines.length
  if (args.fit) {
    const started = performance.now()
    const weights = fitBlendWeights(lines, args.fit, options)
    console.log(`Blend fitted on ${args.fit} in ${((performance.now() - started) / 1000).toFixed(1)}s (paste into plugins/recommendations/src/engine/blend-weights.ts):`)
    console.log(JSON.stringify(weights.map((weight) => Number(weight.toPrecision(6)))))
    options.blendWeights = weights
  }
  const months = args.months ? args.months.split(",") : lastMonths(lines, Number(args.splits))
  for (const month of months) splits.push(splitAt(lines, month))
}

const reports = []
for (const split of splits) {
  const started = performance.now()
  const model = trainRetailModel(split.train, options, split.start)
  const trainingSeconds = (performance.now() - started) / 1000
  const report = evaluate(model, split.train, split.test, k)
  const partial = split.end && split.test.length > 0 && Math.max(...split.test.map((line) => line.time)) < split.end - 7 * 86_400_000
  reports.push({ month: split.month, ...report, trainLines: split.train.length, testLines: split.test.length, trainingSeconds: Number(trainingSeconds.toFixed(2)), ...(partial ? { partialMonth: true } : {}) })
  console.log(`\n${split.month}: trained on ${split.train.length} lines in ${trainingSeconds.toFixed(1)}s; tested on ${split.test.length} lines${partial ? " (a partial month)" : ""}.`)
  console.log(table(report))
}

if (reports.length > 1) {
  console.log(`\nHR@${k}, counting previously bought items (model − own history), and excluding them:`)
  console.log(`| split | customers | model | own history | ahead by | popularity | item-kNN | excluding: model | excluding: popularity | excluding: item-kNN |`)
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`)
  for (const r of reports) {
    const ahead = ((r.counting.model.hitRate - r.counting.ownHistory.hitRate) * 100).toFixed(1)
    console.log(`| ${r.month}${r.partialMonth ? " (partial)" : ""} | ${r.counting.model.users} | ${f(r.counting.model.hitRate)} | ${f(r.counting.ownHistory.hitRate)} | ${ahead} pts | ${f(r.counting.popularity.hitRate)} | ${f(r.counting.itemKnn.hitRate)} | ${f(r.excluding.model.hitRate)} | ${f(r.excluding.popularity.hitRate)} | ${f(r.excluding.itemKnn.hitRate)} |`)
  }
}

const latest = reports.at(-1)
const { month, partialMonth, ...headline } = latest
console.log(JSON.stringify({ ...headline, month, lines: totalLines || undefined, splits: reports }))

/** One split: rows = variants × rankers, columns = HR, NDCG, recall at k. */
function table(report) {
  const rows = [`| variant | ranker | customers | HR@${k} | NDCG@${k} | recall@${k} |`, "| --- | --- | --- | --- | --- | --- |"]
  for (const variant of ["counting", "excluding", "session"]) {
    for (const [ranker, label] of [["model", "model"], ["ownHistory", "own history"], ["popularity", "popularity"], ["itemKnn", "item-kNN"]]) {
      const scores = report[variant][ranker]
      if (scores) rows.push(`| ${variant} | ${label} | ${scores.users} | ${f(scores.hitRate)} | ${f(scores.ndcg)} | ${f(scores.recall)} |`)
    }
  }
  return rows.join("\n")
}

function f(value) {
  return value.toFixed(3)
}

/** The full Online Retail file of developer machines and CI, or a clear message. */
function sharedFile() {
  const dir = path.join(root, "../shared/data/online-retail")
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /^transactions-.*\.csv(\.gz)?$/.test(name)).sort() : []
  if (found.length === 0) {
    console.error(`No Online Retail file in ${dir}: pass --data <csv[.gz]> (the full file lives there on developer machines and CI only).`)
    process.exit(2)
  }
  return path.join(dir, found.at(-1))
}
