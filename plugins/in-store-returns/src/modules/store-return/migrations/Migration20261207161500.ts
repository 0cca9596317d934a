import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Named apart from click-and-collect's Migration20261207150000: Medusa records applied migrations by class name in one table.
/** Statuses that record a counter visit's progress, so a crash mid-way can be finished. */
export class Migration20261207161500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "store_return" drop constraint if exists "store_return_status_check";`)
    this.addSql(
      `alter table if exists "store_return" add constraint "store_return_status_check" check ("status" in ('requested', 'receiving', 'received', 'refund_pending', 'refund_failed', 'refunded', 'no_refund_due'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "store_return" drop constraint if exists "store_return_status_check";`)
    this.addSql(
      `alter table if exists "store_return" add constraint "store_return_status_check" check ("status" in ('requested', 'received', 'refund_failed', 'refunded', 'no_refund_due'));`,
    )
  }
}
