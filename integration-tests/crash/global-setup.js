const { prepare } = require("./stack")

// Once per run: database, migrations, seed, demo admin and builds. Each test file starts
// (and kills, and restarts) the backend itself with a `Backend` from ./stack.
module.exports = async function globalSetup() {
  await prepare()
}
