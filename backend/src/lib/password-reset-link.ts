import { publicUrls } from "../config/urls"

/**
 * The page where the password is chosen: the storefront's account pages for
 * shoppers, the admin dashboard for admin users, the storefront's /staff
 * area for store staff (for whom the first such e-mail is their invite). Token and e-mail go in the query
 * string, URL-encoded (e-mails may hold "+").
 */
export function passwordResetLink(
  { actorType, email, token }: { actorType: string; email: string; token: string },
  env: NodeJS.ProcessEnv = process.env,
): string {
  const { storefrontUrl, backendUrl } = publicUrls(env)
  const page =
    actorType === "user" ? `${backendUrl}/app/reset-password`
    : actorType === "staff" ? `${storefrontUrl}/staff/reset-password`
    : `${storefrontUrl}/account/reset-password`
  return `${page}?${new URLSearchParams({ token, email })}`
}
