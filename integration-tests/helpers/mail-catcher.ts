/**
 * A real SMTP peer for HTTP tests: MailDev (the demo's mail catcher) on spare ports,
 * read through its REST API. It runs as a child process: MailDev ships as ES modules
 * only, which Jest's CommonJS test files cannot load.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"

export type CaughtEmail = { subject: string; to: { address: string }[]; text: string; html: string }

const sparePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** MailDev's CLI; its package exports no package.json, so it is found on disk like Node would. */
function maildevBin(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules/maildev/dist/bin/maildev.js")
    if (fs.existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir) throw new Error("maildev is not installed: run npm install")
  }
}

export async function startMailCatcher() {
  const [smtpPort, webPort] = [await sparePort(), await sparePort()]
  const mailDirectory = fs.mkdtempSync(path.join(os.tmpdir(), "fairmade-mail-"))
  const bin = maildevBin()
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, "--smtp", String(smtpPort), "--ip", "127.0.0.1", "--web", String(webPort), "--web-ip", "127.0.0.1", "--mail-directory", mailDirectory, "--silent"],
    { stdio: "ignore", env: { ...process.env, NODE_OPTIONS: "" } },
  )
  const api = `http://127.0.0.1:${webPort}/api`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`MailDev exited with ${child.exitCode}`)
    const up = await fetch(`${api}/healthz`).then((response) => response.ok, () => false)
    if (up) break
    if (Date.now() > deadline) throw new Error("MailDev did not start within 60 s")
    await new Promise((resolve) => setTimeout(resolve, 300))
  }

  /** Every e-mail caught so far to `address`, oldest first. */
  async function emailsTo(address: string): Promise<CaughtEmail[]> {
    const all: CaughtEmail[] = await (await fetch(`${api}/email`)).json()
    return all.filter((email) => email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
  }

  /** Waits for the `count`th e-mail to `address` whose subject matches. */
  async function waitForEmail(address: string, subject: RegExp, count = 1, timeoutMs = 20_000): Promise<CaughtEmail> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const found = (await emailsTo(address)).filter((email) => subject.test(email.subject))
      if (found.length >= count) return found[count - 1]
      if (Date.now() > until) throw new Error(`No e-mail "${subject}" #${count} to ${address} within ${timeoutMs} ms`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGTERM")
      await exited
    }
    fs.rmSync(mailDirectory, { recursive: true, force: true })
  }

  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, emailsTo, waitForEmail, stop }
}
