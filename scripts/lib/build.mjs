import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const IGNORED = new Set(["node_modules", ".medusa", "dist", ".astro", ".cache", "__tests__"])

function* walk(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isFile()) {
    yield entry
    return
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (!IGNORED.has(name)) yield* walk(path.join(entry, name))
  }
}

/**
 * A hash of the contents of `inputs` (files or folders), and of the build-time `settings`,
 * so a build runs only when its sources or those settings change.
 */
export function hashSources(inputs, settings = "") {
  const hash = createHash("sha256").update(settings)
  for (const input of inputs) {
    for (const file of walk(input)) {
      hash.update(file).update(fs.readFileSync(file))
    }
  }
  return hash.digest("hex")
}

const STALE_LOCK_MS = 10 * 60_000

/** Holds a lock folder beside `outputDir` so two starts on one checkout never build into it at once. */
async function withBuildLock(outputDir, work) {
  const lock = `${outputDir}.build-lock`
  fs.mkdirSync(path.dirname(lock), { recursive: true })
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch (error) {
      if (error.code !== "EEXIST") throw error
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * Runs `build` unless `outputDir` already holds a build of the same sources.
 * The stamp is written only after a successful build.
 */
export function buildIfChanged({ inputs, outputDir, build, settings = "" }) {
  return withBuildLock(outputDir, async () => {
    const stampFile = path.join(outputDir, ".source-hash")
    const hash = hashSources(inputs, settings)
    if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === hash) {
      return false
    }
    await build()
    fs.mkdirSync(outputDir, { recursive: true })
    fs.writeFileSync(stampFile, hash)
    return true
  })
}
