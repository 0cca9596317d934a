import path from "node:path"
import { fileURLToPath } from "node:url"
import { createRequire } from "node:module"
import { readFileSync } from "node:fs"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const backendDir = path.join(root, "backend")
export const storefrontDir = path.join(root, "storefront")
export const pluginsDir = path.join(root, "plugins")
export const medusaCli = path.join(root, "node_modules/@medusajs/cli/cli.js")
export const dataDir = path.resolve(process.env.FAIRMADE_DATA_DIR ?? path.join(root, ".data"))

/** The file behind a package's command, resolved the way `fromDir` would resolve it. */
export function binPath(packageName, fromDir) {
  const require = createRequire(path.join(fromDir, "package.json"))
  const manifestPath = require.resolve(`${packageName}/package.json`)
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"))
  const file = typeof bin === "string" ? bin : bin[packageName.split("/").pop()]
  return path.join(path.dirname(manifestPath), file)
}
