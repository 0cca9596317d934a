// Each test file boots its own Medusa app: forget the ORM metadata of the last one.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
