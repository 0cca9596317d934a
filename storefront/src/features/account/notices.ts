/**
 * One-line confirmations shown after a redirect (`?notice=address-added`). Only these
 * known keys are shown, so a link cannot make the shop display words of its choosing.
 */
const NOTICES = {
  "signed-out": "You have signed out.",
  "password-changed": "Your password has been changed. Sign in with your new password.",
  "profile-saved": "Your details have been saved.",
  "address-added": "The address has been added.",
  "address-saved": "The address has been saved.",
  "address-deleted": "The address has been deleted.",
  "default-address": "Your default delivery address has been changed.",
  "account-deleted": "Your account has been deleted. Your orders are kept for our accounts, without your name or contact details.",
} as const;

export type NoticeKey = keyof typeof NOTICES;

export function noticeFor(url: URL): string | undefined {
  const key = url.searchParams.get("notice");
  return key && Object.hasOwn(NOTICES, key) ? NOTICES[key as NoticeKey] : undefined;
}

export function withNotice(path: string, notice: NoticeKey): string {
  const url = new URL(path, "http://same-site.invalid");
  url.searchParams.set("notice", notice);
  return url.pathname + url.search;
}
