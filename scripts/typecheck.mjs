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
// Both run at once, their output buffered so each prints as one block. The generated tsconfig is in
// node_modules/.cache/fairmade-typecheck/.
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
function filesOf(dir) {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(dir, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })
  if (!parsed) throw new Error(`Cannot read ${path.join(dir, "tsconfig.json")}`)
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
    files: [...new Set(serverWorkspaces.flatMap(filesOf))].filter((file) => /\.(ts|tsx|mts|cts)$/.test(file)),
  }
  fs.mkdirSync(cacheDir, { recursive: true })
  const file = path.join(cacheDir, "server.tsconfig.json")
  fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`)
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

/** Runs one check with its output buffered, so the two print whole blocks. */
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
const results = await Promise.all(checks.map(runCheck))
const failed = results.filter((result) => result.code !== 0)
console.log(`\nTypecheck: ${failed.length === 0 ? "0 errors" : `errors in ${failed.map((result) => result.name).join("; ")}`} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
process.exit(failed.length > 0 ? 1 : 0)
