// The storefront's server: Astro's standalone handler, with hashed client assets (/_astro/*)
// sent from the Brotli/gzip copies the build wrote next to them (features/performance/
// precompress-assets.mjs); @astrojs/node's static handler only sends files as they are.
// Everything else (pages, other public files) goes to Astro, whose middleware compresses pages.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import http from "node:http"
import https from "node:https"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chooseEncoding, withAcceptEncodingVary } from "./src/features/performance/encoding.mjs"

process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { handler } = await import("./dist/server/entry.mjs")

const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "dist/client/_astro")
const CONTENT_TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
}
const IMMUTABLE = "public, max-age=31536000, immutable"

// Read once: the build's output does not change while the server runs.
const files = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : [])

/** Answers a GET/HEAD for /_astro/<file> that has a precompressed copy the client accepts; false otherwise. */
function sendPrecompressed(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") return false
  const match = /^\/_astro\/([\w.-]+)(?:\?.*)?$/.exec(req.url ?? "")
  if (!match || !files.has(match[1])) return false
  const name = match[1]
  const type = CONTENT_TYPES[path.extname(name)]
  if (!type) return false
  const hasCopies = files.has(`${name}.br`) && files.has(`${name}.gz`)
  if (!hasCopies) return false
  const encoding = chooseEncoding(req.headers["accept-encoding"])
  const file = encoding ? `${name}.${encoding === "br" ? "br" : "gz"}` : name
  const fullPath = path.join(assetsDir, file)
  const headers = {
    "content-type": type,
    "content-length": String(statSync(fullPath).size),
    "cache-control": IMMUTABLE,
    vary: withAcceptEncodingVary(null),
    "x-content-type-options": "nosniff",
    ...(encoding ? { "content-encoding": encoding } : {}),
  }
  const stream = createReadStream(fullPath)
  stream.on("error", () => {
    if (!res.headersSent) res.writeHead(500)
    res.end()
  })
  stream.once("open", () => {
    res.writeHead(200, headers)
    if (req.method === "HEAD") {
      stream.destroy()
      res.end()
    } else stream.pipe(res)
  })
  return true
}

// A floor under the security middleware: answers Astro gives before any middleware runs
// (an address it cannot decode, for one) still must not be sniffed or framed.
const BASELINE_HEADERS = { "x-content-type-options": "nosniff", "x-frame-options": "DENY" }

const listener = (req, res) => {
  for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value)
  if (!sendPrecompressed(req, res)) handler(req, res)
}

const port = Number(process.env.PORT ?? 4321)
const host = process.env.HOST ?? "localhost"
const server =
  process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH
    ? https.createServer({ key: readFileSync(process.env.SERVER_KEY_PATH), cert: readFileSync(process.env.SERVER_CERT_PATH) }, listener)
    : http.createServer(listener)
server.listen(port, host, () => console.log(`Storefront listening on ${host}:${port}`))
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
}
