// The launcher's pure parts (back-off schedule, error formatting) have node:test
// unit tests beside them in scripts/lib; this runs them so `npm test` does.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")

test("the launcher's unit tests (scripts/lib/*.test.mjs) pass", () => {
  const files = fs.readdirSync(path.join(ROOT, "scripts/lib")).filter((name) => name.endsWith(".test.mjs"))
  expect(files.length).toBeGreaterThanOrEqual(2)
  const result = spawnSync(process.execPath, ["--test", ...files.map((name) => `scripts/lib/${name}`)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  })
  const summary = result.stdout + result.stderr
  expect({ exitCode: result.status, summary: result.status === 0 ? "ok" : summary }).toEqual({ exitCode: 0, summary: "ok" })
  // Not an empty run: both files' tests ran.
  expect(Number(summary.match(/^# pass (\d+)/m)?.[1])).toBeGreaterThanOrEqual(7)
})
