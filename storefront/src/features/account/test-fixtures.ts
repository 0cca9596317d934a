/** A posted form, as `request.formData()` gives it to a page. */
export function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** What the js-sdk throws for an HTTP error: the backend's message and the status. */
export class FakeFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}
