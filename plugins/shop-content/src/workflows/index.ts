export * from "./save-content-draft"
export * from "./publish-content-document"
export * from "./create-contact-message"
export * from "./delete-customer-account"
