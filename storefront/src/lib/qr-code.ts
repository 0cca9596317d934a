/**
 * A code as a QR code (inline SVG, drawn on the server: no script, prints well), for
 * pickup and return codes shown at a store's counter.
 */
import { toString } from "qrcode";

export const qrCodeSvg = (code: string) => toString(code, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
