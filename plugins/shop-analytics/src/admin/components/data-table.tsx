import { Button, Container, Heading, Table } from "@medusajs/ui"
import type { ReactNode } from "react"
import { downloadCsv } from "../lib/csv"

export type Column<T> = { header: string; cell: (row: T) => ReactNode; csv: (row: T) => string | number | null }

/** A titled table with its CSV export (the exported values are the raw figures, not the formatted ones). */
export function DataTable<T>({ title, rows, columns, filename, testId }: { title: string; rows: T[]; columns: Column<T>[]; filename: string; testId: string }) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{title}</Heading>
        <Button size="small" variant="secondary" onClick={() => downloadCsv(filename, columns.map((column) => column.header), rows.map((row) => columns.map((column) => column.csv(row))))}>
          Export CSV
        </Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.HeaderCell key={column.header}>{column.header}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.length === 0 ? (
            <Table.Row>
              <Table.Cell>No orders in this period.</Table.Cell>
            </Table.Row>
          ) : (
            rows.map((row, index) => (
              <Table.Row key={index}>
                {columns.map((column) => (
                  <Table.Cell key={column.header}>{column.cell(row)}</Table.Cell>
                ))}
              </Table.Row>
            ))
          )}
        </Table.Body>
      </Table>
    </Container>
  )
}
