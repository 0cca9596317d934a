// Jest, not Vitest: Medusa's integration runner is documented and supported on Jest.
const suites = {
  http: { testMatch: ["<rootDir>/http/**/*.spec.ts"], testTimeout: 180_000 },
  browser: {
    testMatch: ["<rootDir>/browser/**/*.spec.ts"],
    testTimeout: 120_000,
    globalSetup: "<rootDir>/browser/global-setup.js",
    globalTeardown: "<rootDir>/browser/global-teardown.js",
  },
  // Starts its own stacks with their own embedded PostgreSQL (see resilience/launcher.js).
  resilience: { testMatch: ["<rootDir>/resilience/**/*.spec.ts"], testTimeout: 300_000 },
  // The built backend killed at named crash points and restarted on the same database.
  crash: {
    testMatch: ["<rootDir>/crash/**/*.spec.ts"],
    testTimeout: 300_000,
    globalSetup: "<rootDir>/crash/global-setup.js",
    globalTeardown: "<rootDir>/crash/global-teardown.js",
  },
}
const suite = suites[process.env.TEST_TYPE ?? "http"]
if (!suite) throw new Error(`TEST_TYPE must be one of ${Object.keys(suites).join(", ")}`)

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
    // The backend's e-mail templates (React Email), loaded from source by the HTTP runner.
    "^.+\\.tsx$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["<rootDir>/setup.js"],
  ...suite,
}
