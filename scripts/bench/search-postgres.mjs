#!/usr/bin/env node
// The alternative the embedded engine was chosen over: PostgreSQL full-text
// search plus pg_trgm word similarity, on the same catalogue and queries as
// scripts/bench/search.mjs. Uses DATABASE_URL's server, else an embedded one.
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { root } from "../lib/paths.mjs"
import { openDatabaseServer } from "../lib/database-server.mjs"
import { ensureDatabase } from "../lib/postgres.mjs"
import { buildCatalogue, readProductNames, seededRandom } from "./search/catalogue.mjs"
import { timeEach } from "./search/measure.mjs"
import { buildQueries } from "./search/queries.mjs"

const DATA_FILE = path.resolve(root, "../shared/data/online-retail/transactions-2010-12-01_2011-11-08.csv.gz")
const PRODUCTS = Number(process.env.BENCH_SEARCH_PRODUCTS ?? 5000)
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 400)

// Typo-tolerant ranking the usual way: full-text match or trigram word similarity, best of both.
const SEARCH_SQL = `
  select id, count(*) over () as total
  from search_bench
  where tsv @@ plainto_tsquery('simple', $1) or $1 <% title
  order by greatest(ts_rank(tsv, plainto_tsquery('simple', $1)), word_similarity($1, title)) desc
  limit 20`

async function main() {
  if (!fs.existsSync(DATA_FILE)) {
    console.log(`PostgreSQL search benchmark skipped: the Online Retail data file is absent (${DATA_FILE}).`)
    return
  }
  const names = await readProductNames(DATA_FILE)
  const random = seededRandom(7)
  const documents = buildCatalogue(names, PRODUCTS, random)
  const [, textQueries] = [50, QUERIES].map((n) => buildQueries(documents, n, random))

  const server = await openDatabaseServer({ folder: "postgres-bench-search", port: 54359 })
  const client = new pg.Client({ connectionString: await ensureDatabase(server.url, "fairmade_search_bench") })
  await client.connect()
  try {
    const { rows } = await client.query("select version()")
    await client.query("create extension if not exists pg_trgm")
    console.log(`pg_trgm available on ${rows[0].version.split(" on ")[0]}`)
    await client.query("drop table if exists search_bench")
    await client.query(`create table search_bench (id text primary key, title text, body text,
      tsv tsvector generated always as (setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', body)) stored)`)
    const buildStart = performance.now()
    for (let start = 0; start < documents.length; start += 500) {
      const batch = documents.slice(start, start + 500)
      await client.query("insert into search_bench (id, title, body) select * from unnest($1::text[], $2::text[], $3::text[])", [
        batch.map((d) => d.id),
        batch.map((d) => d.title.toLowerCase()),
        batch.map((d) => d.description),
      ])
    }
    await client.query("create index on search_bench using gin (tsv)")
    await client.query("create index on search_bench using gin (title gin_trgm_ops)")
    await client.query("analyze search_bench")
    const buildMs = performance.now() - buildStart
    await client.query("set pg_trgm.word_similarity_threshold = 0.5")
    const run = async (q) => {
      const { rows } = await client.query(SEARCH_SQL, [q.toLowerCase()])
      return { total: Number(rows[0]?.total ?? 0), hits: rows }
    }
    const results = { products: documents.length, index_build_ms: Math.round(buildMs), text_queries: await timeEach(textQueries, run) }
    console.log(JSON.stringify(results, null, 2))
  } finally {
    await client.end()
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
