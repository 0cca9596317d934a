// Each test file boots its own Medusa app: forget the ORM metadata of the last one.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
// The test client plays the storefront, a proxy on this machine that passes on the
// shopper's address in X-Forwarded-For: trusted the way `npm start` trusts it.
process.env.TRUST_PROXY ??= "loopback"
