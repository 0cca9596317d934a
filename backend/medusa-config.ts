import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { redisModules } from "./src/config/redis-modules"
import { cachingEnabled, cachingModule } from "./src/config/caching-module"
import { paymentModule } from "./src/config/payment-module"
import { notificationModule } from "./src/config/notification-module"
import { publicUrls } from "./src/config/urls"
import { searchModule } from "./src/config/search-module"
import { secret } from "./src/config/secret"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const { storefrontUrl, backendUrl } = publicUrls(process.env)
const adminCors = process.env.ADMIN_CORS ?? `${backendUrl},http://localhost:5173,http://localhost:9000`
const storeCors = process.env.STORE_CORS ?? storefrontUrl
// Read (or, in tests, made up) before any module loads: the seal helper reads process.env.
secret("NOTIFICATION_SEAL_KEY")
const workerMode = (process.env.MEDUSA_WORKER_MODE ?? "shared") as "shared" | "worker" | "server"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // Fail fast when PostgreSQL is unreachable: a new connection gets 3 s (Medusa's default is 5 s);
    // the wait for a pooled connection is shortened by the database-health module once serving (knex waits 60 s).
    databaseDriverOptions: { connectionTimeoutMillis: 3000 },
    redisUrl: process.env.REDIS_URL,
    workerMode,
    http: {
      storeCors,
      adminCors,
      authCors: process.env.AUTH_CORS ?? `${adminCors},${storeCors}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
    // Browsers and express-session drop Secure cookies on plain http, so the
    // admin session cookie is Secure exactly when the backend is served over https.
    cookieOptions: { secure: backendUrl.startsWith("https://") },
  },
  featureFlags: { caching: cachingEnabled(process.env) },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true" || workerMode === "worker",
    backendUrl: process.env.ADMIN_BACKEND_URL ?? "/",
  },
  plugins: [
    // First: the contract the other plugins share (store staff, stores, payments).
    { resolve: "@fairmade/shop-core", options: {} },
    { resolve: "@fairmade/click-and-collect", options: {} },
    { resolve: "@fairmade/in-store-returns", options: {} },
    { resolve: "@fairmade/product-search", options: {} },
    { resolve: "@fairmade/recommendations", options: {} },
    { resolve: "@fairmade/shop-analytics", options: {} },
    // Terms, privacy, legal notice and FAQ as versioned documents; contact form; data rights; product feed.
    { resolve: "@fairmade/shop-content", options: {} },
    { resolve: "@fairmade/reviews", options: {} },
    { resolve: "@fairmade/store-sales", options: {} },
  ],
  modules: [
    ...paymentModule(process.env),
    ...notificationModule(),
    ...redisModules(process.env.REDIS_URL),
    ...cachingModule(process.env),
    // Product search: Medusa's Search Module with the product-search plugin's providers.
    ...searchModule(process.env),
    // Whether PostgreSQL answers: /health/ready, and 503 at once while it does not.
    { resolve: path.join(__dirname, "src/modules/database-health"), options: { acquireTimeoutMs: Number(process.env.DATABASE_ACQUIRE_TIMEOUT_MS ?? 3000) } },
    // Ends tokens and sessions issued before a password reset (src/api/token-revocation).
    // By absolute path: tests load this config from another working directory.
    { resolve: path.join(__dirname, "src/modules/token-revocation") },
  ],
})
