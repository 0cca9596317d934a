import fs from "node:fs"
import path from "node:path"
import { DEFAULT_SEARCH_SETTINGS, SearchSettings } from "./default-settings"

/** The default settings, with any key of the JSON file at `settingsFile` (relative to the working directory) replacing it. */
export function loadSearchSettings(settingsFile?: string): SearchSettings {
  if (!settingsFile) return DEFAULT_SEARCH_SETTINGS
  const overrides = JSON.parse(fs.readFileSync(path.resolve(settingsFile), "utf8")) as Partial<SearchSettings>
  return { ...DEFAULT_SEARCH_SETTINGS, ...overrides }
}
