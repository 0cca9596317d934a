/**
 * The return code as a QR code (inline SVG, drawn on the server: no script, prints well).
 * Uses `qrcode`, already installed with Medusa's admin dashboard.
 */
import { toString } from "qrcode";

export const returnCodeQrSvg = (code: string) => toString(code, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
