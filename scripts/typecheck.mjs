#!/usr/bin/env node
// `npm run typecheck`: TypeScript over every workspace, 0 errors or exit 1.
//
// - Server code: the files of each plugin's, the backend's and integration-tests' tsconfig.json, in ONE
//   `tsc --noEmit` program (they share their compiler settings, Node16 modules, strict), so Medusa's
//   large type definitions are read once instead of eight times (about 4x less CPU than one tsc each).
//   Workspaces import plugins by package path (`@fairmade/shop-core/lib/seal`), which at run time is the
//   plugin's build in .medusa/server; here `paths` send it to the plugin's sources, so nothing needs
//   building first and an error is reported in the file that has it.
// - Storefront: `astro check` (its .astro and .ts files, with Astro's generated types).
// - Admin extensions: the files of each plugin's src/admin/tsconfig.json (React, DOM, bundler
//   resolution, as Medusa's admin builds them) in one more program.
// Two run at a time, their output buffered so each prints as one block. The generated tsconfigs are
// in node_modules/.cache/fairmade-typecheck/.
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { binPath, pluginsDir, root } from "./lib/paths.mjs"

const require = createRequire(path.join(root, "package.json"))
const ts = require("typescript")
const cacheDir = path.join(root, "node_modules/.cache/fairmade-typecheck")

const plugins = fs
  .readdirSync(pluginsDir)
  .filter((name) => fs.existsSync(path.join(pluginsDir, name, "package.json")))
  .sort()
  .map((name) => path.join(pluginsDir, name))
const serverWorkspaces = [...plugins, path.join(root, "backend"), path.join(root, "integration-tests")]

/** The files a workspace's tsconfig.json selects (its include, exclude and extends applied). */
function filesOf(dir, name = "tsconfig.json") {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(dir, name), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })
  if (!parsed) throw new Error(`Cannot read ${path.join(dir, name)}`)
  return parsed.fileNames
}

function serverConfig() {
  const packageName = (dir) => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name
  const config = {
    extends: path.join(root, "tsconfig.base.json"),
    compilerOptions: {
      noEmit: true,
      target: "ES2021",
      module: "Node16",
      moduleResolution: "Node16",
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      jsx: "react-jsx",
      // integration-tests/resilience imports its launcher.js.
      allowJs: true,
      checkJs: false,
      isolatedModules: false,
      // `@fairmade/<plugin>/x` → plugins/<plugin>/src/x, as the plugin's `exports` map `./x` → .medusa/server/src/x.
      paths: Object.fromEntries(plugins.map((dir) => [`${packageName(dir)}/*`, [path.join(dir, "src/*")]])),
    },
    // Not backend/.medusa/types: `medusa build` writes typed query results there, so the result would
    // depend on whether a build ran (CI checks a fresh clone). With them, more nulls are flagged (to do).
    files: [...new Set(serverWorkspaces.flatMap((dir) => filesOf(dir)))].filter(
      (file) => /\.(ts|tsx|mts|cts)$/.test(file) && !file.includes("/.medusa/"),
    ),
  }
  fs.mkdirSync(cacheDir, { recursive: true })
  const file = path.join(cacheDir, "server.tsconfig.json")
  fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`)
  return file
}

/** The plugins' admin extensions, with the settings of their (identical, Medusa-made) src/admin/tsconfig.json. */
function adminConfig() {
  const configs = plugins.map((dir) => path.join(dir, "src/admin/tsconfig.json")).filter((file) => fs.existsSync(file))
  if (configs.length === 0) return null
  const files = configs.flatMap((file) => filesOf(path.dirname(file), path.basename(file)))
  const file = path.join(cacheDir, "admin.tsconfig.json")
  fs.mkdirSync(cacheDir, { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify({ extends: configs[0], compilerOptions: { noEmit: true }, include: [], files }, null, 2)}\n`)
  return file
}

const tsc = path.join(path.dirname(require.resolve("typescript/package.json")), "bin/tsc")
const checks = [
  {
    name: `tsc: ${serverWorkspaces.map((dir) => path.relative(root, dir)).join(", ")}`,
    cwd: root,
    args: [tsc, "--noEmit", "--pretty", "false", "-p", serverConfig()],
  },
  { name: "astro check: storefront", cwd: path.join(root, "storefront"), args: [binPath("astro", path.join(root, "storefront")), "check"] },
]
const admin = adminConfig()
if (admin) checks.push({ name: "tsc: plugins' admin extensions", cwd: root, args: [tsc, "--noEmit", "--pretty", "false", "-p", admin] })

/** Runs one check with its output buffered, so parallel checks print whole blocks. */
function runCheck({ name, cwd, args }) {
  const started = Date.now()
  return new Promise((resolve) => {
    const env = { ...process.env, FORCE_COLOR: "0", ASTRO_TELEMETRY_DISABLED: "1" }
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      console.log(`\n=== ${name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`}, ${seconds} s ===`)
      if (code !== 0 || process.env.TYPECHECK_VERBOSE) console.log(output.trimEnd())
      resolve({ name, code })
    })
  })
}

const started = Date.now()
const queue = [...checks]
const results = []
await Promise.all(
  [1, 2].map(async () => {
    while (queue.length > 0) results.push(await runCheck(queue.shift()))
  }),
)
const failed = results.filter((result) => result.code !== 0)
console.log(`\nTypecheck: ${failed.length === 0 ? "0 errors" : `errors in ${failed.map((result) => result.name).join("; ")}`} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
process.exit(failed.length > 0 ? 1 : 0)
