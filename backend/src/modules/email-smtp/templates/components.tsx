/**
 * The shop's look in e-mail (React Email): its warm palette, one column, readable
 * without images. Every template is built from these pieces, so all e-mails look alike.
 */
import { Body, Button, Column, Container, Head, Heading, Hr, Html, Img, Link, Preview, Row, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"

export const COLORS = { bg: "#fdf8f3", surface: "#ffffff", text: "#2b2420", muted: "#6b5e55", accent: "#7a3e2b", border: "#e4d8cc" }

const font = "Georgia,'Times New Roman',serif"

export function EmailLayout({ title, preview, children }: { title: string; preview?: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head>
        <title>{title}</title>
      </Head>
      <Preview>{preview ?? title}</Preview>
      <Body style={{ margin: 0, background: COLORS.bg, color: COLORS.text, fontFamily: font }}>
        <Container style={{ maxWidth: "560px", margin: "0 auto", padding: "24px" }}>
          <Text style={{ margin: "0 0 24px", fontSize: "22px", color: COLORS.accent, fontWeight: "bold" }}>Fairmade</Text>
          <Section style={{ background: COLORS.surface, border: `1px solid ${COLORS.border}`, borderRadius: "8px", padding: "24px" }}>
            <Heading as="h1" style={{ margin: "0 0 16px", fontSize: "20px" }}>
              {title}
            </Heading>
            {children}
          </Section>
          <Text style={{ margin: "24px 0 0", color: COLORS.muted, fontSize: "12px" }}>Fairmade: made by us, sold by us.</Text>
        </Container>
      </Body>
    </Html>
  )
}

export const P = ({ children, muted }: { children: ReactNode; muted?: boolean }) => (
  <Text style={{ margin: "0 0 16px", fontSize: "15px", lineHeight: "1.5", ...(muted ? { color: COLORS.muted, fontSize: "13px" } : {}) }}>{children}</Text>
)

export const Subheading = ({ children }: { children: ReactNode }) => (
  <Heading as="h2" style={{ margin: "24px 0 8px", fontSize: "16px" }}>
    {children}
  </Heading>
)

/** A link as a button, with its address written out for clients that hide buttons. */
export const Action = ({ label, href }: { label: string; href: string }) => (
  <>
    <Section style={{ margin: "24px 0 8px" }}>
      <Button href={href} style={{ background: COLORS.accent, color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontSize: "15px" }}>
        {label}
      </Button>
    </Section>
    <P muted>
      Or open this address: <Link href={href}>{href}</Link>
    </P>
  </>
)

/**
 * A code to show at a counter: big and spaced, and its QR code (attached inline,
 * `cid:`, so mail clients that block data: images still show it) for the staff's camera.
 */
export const CodeBlock = ({ label, code, qrSrc }: { label: string; code: string; qrSrc?: string }) => (
  <Section style={{ margin: "8px 0 16px", padding: "16px", border: `2px dashed ${COLORS.border}`, borderRadius: "8px", textAlign: "center" }}>
    <Text style={{ margin: "0 0 4px", color: COLORS.muted, fontSize: "14px" }}>
      {label}: <strong style={{ display: "block", color: COLORS.text, fontSize: "28px", letterSpacing: "4px", fontFamily: "monospace" }}>{code}</strong>
    </Text>
    {qrSrc && <Img src={qrSrc} alt={`QR code of ${code}`} width="160" height="160" style={{ margin: "8px auto 0" }} />}
  </Section>
)

export const Lines = ({ lines }: { lines: string[] }) => (
  <Text style={{ margin: "0 0 16px", fontSize: "15px", lineHeight: "1.5" }}>
    {lines.map((line, index) => (
      <span key={index}>
        {line}
        {index < lines.length - 1 && <br />}
      </span>
    ))}
  </Text>
)

export const List = ({ items }: { items: string[] }) => (
  <ul style={{ margin: "0 0 16px", paddingLeft: "20px", fontSize: "15px", lineHeight: "1.5" }}>
    {items.map((item, index) => (
      <li key={index}>{item}</li>
    ))}
  </ul>
)

/** Label / amount rows: items and totals of an order. */
export const AmountRows = ({ rows }: { rows: { label: string; amount: string; strong?: boolean }[] }) => (
  <Section style={{ margin: "0 0 16px" }}>
    {rows.map((row, index) => (
      <Row key={index} style={{ borderBottom: `1px solid ${COLORS.border}` }}>
        <Column style={{ padding: "6px 0", fontSize: "15px", fontWeight: row.strong ? "bold" : "normal" }}>{row.label}</Column>
        <Column align="right" style={{ padding: "6px 0", fontSize: "15px", fontWeight: row.strong ? "bold" : "normal", whiteSpace: "nowrap" }}>
          {row.amount}
        </Column>
      </Row>
    ))}
  </Section>
)

export const Divider = () => <Hr style={{ borderColor: COLORS.border, margin: "24px 0" }} />
