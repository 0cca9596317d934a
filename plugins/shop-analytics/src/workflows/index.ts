export { recordOrderFactsWorkflow } from "./record-order-facts"
export { recordPaymentOrderFactsWorkflow } from "./record-payment-order-facts"
export { importSalesHistoryWorkflow } from "./import-sales-history"
export { importRetailSalesHistory } from "../history/import-retail-sales"
