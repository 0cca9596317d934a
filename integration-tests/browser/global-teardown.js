const { onServer, databaseName } = require("./stack")

module.exports = async function globalTeardown() {
  const child = globalThis.__FAIRMADE_STACK__
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve))
    child.kill("SIGTERM")
    await exited
  }
  await onServer(`drop database if exists "${databaseName}" with (force)`)
}
