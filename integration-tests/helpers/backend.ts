import path from "node:path"

/** The Medusa application under test: the real backend with its real config and plugins. */
export const BACKEND_DIR = path.resolve(__dirname, "../../backend")
