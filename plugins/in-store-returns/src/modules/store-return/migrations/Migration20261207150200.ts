import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { storedReturnCode } from "../../../lib/return-code"

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`

/**
 * Return codes stop being kept in clear: each existing code is sealed and digested
 * (NOTIFICATION_SEAL_KEY, read by medusa-config before migrations run), then the
 * clear column is dropped.
 */
export class Migration20261207150200 extends Migration {
  override async up(): Promise<void> {
    const rows = (await this.execute(`select "id", "code" from "store_return" where "code" is not null;`)) as unknown as { id: string; code: string }[]
    this.addSql(`alter table if exists "store_return" add column if not exists "sealed_code" text null, add column if not exists "code_digest" text null;`)
    for (const row of rows) {
      const stored = storedReturnCode(row.code)
      this.addSql(
        `update "store_return" set "sealed_code" = ${quote(stored.sealed_code)}, "code_digest" = ${quote(stored.code_digest)} where "id" = ${quote(row.id)};`,
      )
    }
    this.addSql(`alter table "store_return" alter column "sealed_code" set not null, alter column "code_digest" set not null;`)
    this.addSql(`drop index if exists "IDX_store_return_code_unique";`)
    this.addSql(`alter table "store_return" drop column if exists "code";`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_return_code_digest_unique" ON "store_return" ("code_digest") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    // The clear codes cannot come back from their digests; sealed ones could, but a
    // rollback that re-exposes them is not offered.
    this.addSql(`alter table if exists "store_return" add column if not exists "code" text null;`)
  }
}
