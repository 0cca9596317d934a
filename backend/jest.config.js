// Jest, as in Medusa's own starter: its module and integration runners are built for it.
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
    // The e-mail templates (React Email).
    "^.+\\.tsx$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  // The plugins' pure helpers (e.g. shop-core's seal) are unit-tested here too.
  roots: ["<rootDir>/src", "<rootDir>/../plugins"],
  testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/../plugins/*/src/**/__tests__/**/*.unit.spec.[jt]s"],
}
