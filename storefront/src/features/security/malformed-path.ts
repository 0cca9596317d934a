/**
 * A NUL byte (%00), another control character or a broken %-escape in the address names
 * no page: passed on to the backend as an id it made a 500. Refused here with 400.
 */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

export function isMalformedPath(pathname: string): boolean {
  try {
    return CONTROL_CHARACTER.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

export const malformedPathResponse = () =>
  new Response("This address contains characters no page of the shop has (such as %00). Please check the link.", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
