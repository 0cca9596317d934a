import http from "node:http"
import { isDeepStrictEqual } from "node:util"
import type { AddressInfo } from "node:net"

/** One recorded HTTP exchange: the request expected (body compared as JSON when given) and the answer to send. */
export type Exchange = {
  request: { method: string; path: string; query?: Record<string, string>; body?: unknown }
  response: { status: number; body: unknown }
}

/**
 * A local HTTP server that replays recorded exchanges in order of arrival:
 * each request is answered by the first unused exchange matching its method,
 * path, query and body (as JSON, whatever the order of keys). A request nothing matches gets 501 and is kept in
 * `unmatched` (with what was sent), so a test can show what differed.
 */
export async function startReplay(exchanges: Exchange[]) {
  const used = new Set<number>()
  const unmatched: { method: string; path: string; body: unknown }[] = []
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://replay")
      const body = raw ? JSON.parse(raw) : undefined
      const at = exchanges.findIndex(
        ({ request }, i) =>
          !used.has(i) &&
          request.method === req.method &&
          request.path === url.pathname &&
          Object.entries(request.query ?? {}).every(([key, value]) => url.searchParams.get(key) === value) &&
          (request.body === undefined || isDeepStrictEqual(request.body, body)),
      )
      if (at < 0) {
        unmatched.push({ method: req.method ?? "", path: `${url.pathname}${url.search}`, body })
        res.writeHead(501, { "content-type": "application/json" }).end(JSON.stringify({ message: "no recorded exchange", code: "replay_unmatched" }))
        return
      }
      used.add(at)
      const { status, body: answer } = exchanges[at].response
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `http://127.0.0.1:${port}`,
    unmatched,
    /** Exchanges no request has used yet. */
    unused: () => exchanges.filter((_, i) => !used.has(i)).map(({ request }) => `${request.method} ${request.path}`),
    /** Stops answering at once: open keep-alive connections are cut, so clients see a refused connection. */
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
