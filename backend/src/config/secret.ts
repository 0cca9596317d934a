import { randomBytes } from "node:crypto"

/**
 * Reads a signing or sealing secret from the environment (NOTIFICATION_SEAL_KEY seals
 * reset links, pickup and return codes: see @fairmade/shop-core/lib/seal). `npm start` writes one per
 * install into backend/.env; production must set it, because a secret made up
 * per process would not be shared by the server and the worker.
 */
export function secret(name: "JWT_SECRET" | "COOKIE_SECRET" | "NOTIFICATION_SEAL_KEY"): string {
  const value = process.env[name]
  if (value && value !== "supersecret") {
    return value
  }
  if (process.env.NODE_ENV === "production") {
    throw new Error(`${name} must be set to a long random value (not "supersecret") in production.`)
  }
  // Tests and one-off scripts: a throw-away secret, never the well-known default.
  const generated = randomBytes(32).toString("hex")
  process.env[name] = generated
  return generated
}
