/**
 * SHA-256 digests of text, for strong ETags (RFC 9110 §8.8.3) and CSP hash
 * sources (CSP Level 3 §2.3.1), over Web Crypto and Hono's base64 encoders.
 */
import { encodeBase64, encodeBase64Url } from 'hono/utils/encode'

function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
}

/** The SHA-256 of `text`, base64 (RFC 4648 §4), as CSP hash sources write it. */
export async function sha256Base64(text: string): Promise<string> {
  return encodeBase64(await sha256(text))
}

/** The SHA-256 of `text`, base64url without padding (RFC 4648 §5), safe in headers and URLs. */
export async function sha256Base64Url(text: string): Promise<string> {
  return unpadded(encodeBase64Url(await sha256(text)))
}

/** Base64 without its `=` padding, which a URL-safe token does not need. */
function unpadded(base64: string): string {
  return base64.replace(/=+$/, '')
}
