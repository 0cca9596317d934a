// Shared by scripts/recommend-evaluate.mjs and scripts/recommend-offline.mjs.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const built = path.join(root, "plugins/recommendations/.medusa/server/src/evaluation/index.js")

/** "--train a.csv --k 10" → { train: "a.csv", k: "10" } */
export function parseArgs(argv, defaults = {}) {
  const args = { ...defaults }
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i])
    if (!match) exit(`Unexpected argument "${argv[i]}"`)
    args[match[1]] = match[2] ?? argv[++i]
  }
  return args
}

export function requireFile(args, name) {
  const file = args[name]
  if (!file) exit(`--${name} <file> is required`)
  if (!fs.existsSync(file)) exit(`--${name}: ${file} does not exist (the full Online Retail file lives in ../shared/data/online-retail/ on developer machines and CI only)`)
  return file
}

/** The engine as built by `medusa plugin:build`: the very code the backend runs. */
export async function loadEvaluation() {
  if (!fs.existsSync(built)) exit("Build the plugin first: npm run build -w @fairmade/recommendations")
  const evaluation = await import(pathToFileURL(built).href)
  return evaluation.default ?? evaluation
}

function exit(message) {
  console.error(message)
  process.exit(2)
}
