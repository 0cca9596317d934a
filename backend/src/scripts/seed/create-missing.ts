/**
 * Creates only what is not there yet, matched by a natural key (a name, a
 * handle, a country). The seed stops early once it has fully run (store
 * metadata.seed_version); this makes a run that crashed half-way resumable
 * instead of leaving duplicates or unique-key errors behind.
 */
export async function createMissing<Wanted, Existing>(args: {
  wanted: readonly Wanted[]
  existing: readonly Existing[]
  keyOfWanted: (item: Wanted) => string
  keyOfExisting: (record: Existing) => string
  create: (missing: Wanted[]) => Promise<Existing[]>
}): Promise<Map<string, Existing>> {
  const byKey = new Map(args.existing.map((record) => [args.keyOfExisting(record), record]))
  const missing = args.wanted.filter((item) => !byKey.has(args.keyOfWanted(item)))
  if (missing.length > 0) {
    for (const record of await args.create(missing)) {
      byKey.set(args.keyOfExisting(record), record)
    }
  }
  return byKey
}

/** Looks a key up in what createMissing returned, which must hold it. */
export function required<T>(byKey: Map<string, T>, key: string): T {
  const record = byKey.get(key)
  if (!record) {
    throw new Error(`Seed: "${key}" was neither found nor created.`)
  }
  return record
}
