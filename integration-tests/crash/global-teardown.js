const { destroy } = require("./stack")

module.exports = async function globalTeardown() {
  await destroy()
}
