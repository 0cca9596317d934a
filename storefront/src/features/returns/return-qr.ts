export { qrCodeSvg as returnCodeQrSvg } from "../../lib/qr-code";
