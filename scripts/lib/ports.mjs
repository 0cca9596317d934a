import net from "node:net"
import { StartupError } from "./errors.mjs"

/** Resolves whether something already listens on `port` (any address). */
export function isPortInUse(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (error) => (error.code === "EADDRINUSE" ? resolve(true) : reject(error)))
    server.once("listening", () => server.close(() => resolve(false)))
    server.listen(port)
  })
}

/**
 * Fails fast, naming the port and its variable, when a port is taken: a
 * leftover backend from an earlier start would otherwise answer our health
 * checks and pass for the one we start.
 */
export async function assertPortsFree(ports) {
  for (const { port, name, variable } of ports) {
    if (await isPortInUse(port)) {
      throw new StartupError(
        `Port ${port} for the ${name} is already in use by another process (an earlier \`npm start\` still running?). ` +
          `Stop that process, or choose another port with ${variable}=<port>.`,
      )
    }
  }
}
