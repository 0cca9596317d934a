#!/usr/bin/env node
// Offline evaluation of the recommendation engine, on the production code path:
//   npm run recommend:evaluate -- --train <csv[.gz]> --test <csv[.gz]> [--k 10] [--options '{"userHalfLifeDays":30}']
// Trains on --train, scores customers present in both files, and prints the
// report as JSON on the last line. Needs the built plugin (npm run build -w @fairmade/recommendations).
import { loadEvaluation, parseArgs, requireFile } from "./recommend-cli.mjs"

const args = parseArgs(process.argv.slice(2), { k: "10" })
const { readRetailLines, trainRetailModel, evaluate } = await loadEvaluation()
const train = await readRetailLines(requireFile(args, "train"))
const test = await readRetailLines(requireFile(args, "test"))

const started = performance.now()
const model = trainRetailModel(train, args.options ? JSON.parse(args.options) : {})
const trainingSeconds = (performance.now() - started) / 1000
const report = evaluate(model, train, test, Number(args.k))
console.log(`Trained on ${train.length} lines in ${trainingSeconds.toFixed(1)}s; evaluated on ${test.length} lines.`)
console.log(JSON.stringify({ ...report, trainLines: train.length, testLines: test.length, trainingSeconds: Number(trainingSeconds.toFixed(2)) }))
