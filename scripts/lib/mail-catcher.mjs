// The demo's outbox: MailDev catches every e-mail the backend sends (reset links,
// pickup codes, return codes) and shows them in a web inbox. Nothing leaves the machine.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { dataDir } from "./paths.mjs"
import { startService, waitForHttp } from "./processes.mjs"

/**
 * Starts MailDev on localhost only (the inbox holds live reset links) and resolves
 * once its inbox answers, with the SMTP_URL the backend should send to.
 */
export async function startMailCatcher({ smtpPort, webPort }) {
  // Its own folder (MailDev's default is a shared /tmp/maildev), readable by this user only.
  const mailDirectory = path.join(dataDir, "mail")
  // The data folder first, with the usual mode: a recursive mkdir would give it 0700 too,
  // and the embedded PostgreSQL (run as its own user) could no longer reach its files.
  fs.mkdirSync(dataDir, { recursive: true })
  fs.mkdirSync(mailDirectory, { recursive: true, mode: 0o700 })
  const child = startService("mail", process.execPath, [
    // MailDev exports neither package.json nor a CommonJS entry: find its CLI from its ES module entry.
    path.join(path.dirname(fileURLToPath(import.meta.resolve("maildev"))), "bin/maildev.js"),
    "--smtp", String(smtpPort),
    "--ip", "127.0.0.1",
    "--web", String(webPort),
    "--web-ip", "127.0.0.1",
    "--mail-directory", mailDirectory,
  ])
  // The inbox page answers browsers only (Accept: text/html); its API says when it is up.
  await waitForHttp(`http://127.0.0.1:${webPort}/api/healthz`, { child, timeoutMs: 60_000 })
  return { child, smtpUrl: `smtp://127.0.0.1:${smtpPort}`, inboxUrl: `http://localhost:${webPort}` }
}
