const { start, BACKEND_PORT, STOREFRONT_PORT } = require("./stack")

module.exports = async function globalSetup() {
  globalThis.__FAIRMADE_STACK__ = await start()
  process.env.E2E_STOREFRONT_URL = `http://localhost:${STOREFRONT_PORT}`
  process.env.E2E_BACKEND_URL = `http://localhost:${BACKEND_PORT}`
}
