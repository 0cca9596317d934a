import fs from "node:fs"
import path from "node:path"

/**
 * Medusa records a module migration by its name alone: when two modules ship a
 * migration of the same name, the second is silently skipped and its columns never
 * exist (seen here: the store-return code columns and click-and-collect's attempt
 * counter). Every migration of ours, across the backend and the plugins, must have
 * a name of its own.
 */
const repo = path.resolve(__dirname, "../../..")

function migrationFolders(): string[] {
  const moduleRoots = [
    path.join(repo, "backend/src/modules"),
    ...fs.readdirSync(path.join(repo, "plugins")).map((plugin) => path.join(repo, "plugins", plugin, "src/modules")),
  ].filter((folder) => fs.existsSync(folder))
  return moduleRoots.flatMap((root) =>
    fs
      .readdirSync(root)
      .map((module) => path.join(root, module, "migrations"))
      .filter((folder) => fs.existsSync(folder)),
  )
}

describe("module migrations", () => {
  it("each have a name no other module uses", () => {
    const byName = new Map<string, string[]>()
    for (const folder of migrationFolders()) {
      for (const file of fs.readdirSync(folder).filter((name) => /^Migration\d+\.ts$/.test(name))) {
        byName.set(file, [...(byName.get(file) ?? []), path.relative(repo, folder)])
      }
    }
    expect(byName.size).toBeGreaterThan(5)
    const shared = [...byName].filter(([, folders]) => folders.length > 1)
    expect(shared).toEqual([])
  })

  it("name their class like their file, as Medusa's migrator expects", () => {
    for (const folder of migrationFolders()) {
      for (const file of fs.readdirSync(folder).filter((name) => /^Migration\d+\.ts$/.test(name))) {
        const source = fs.readFileSync(path.join(folder, file), "utf8")
        expect({ file, declares: source.includes(`class ${file.replace(/\.ts$/, "")} `) }).toEqual({ file, declares: true })
      }
    }
  })
})
