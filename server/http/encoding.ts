/**
 * Base64url (RFC 4648 §5, without padding) for opaque tokens, and SHA-256
 * digests for strong ETags (RFC 9110 §8.8.3) and CSP hash sources (CSP Level 3
 * §2.3.1): Web Crypto and Hono's base64 encoders, wrapped once.
 */
import { decodeBase64Url, encodeBase64, encodeBase64Url } from 'hono/utils/encode'

/** `bytes` as base64url without `=` padding, safe in headers and URLs. */
export function toBase64Url(bytes: Uint8Array | ArrayBuffer): string {
  const buffer = bytes instanceof Uint8Array ? bytes.slice().buffer : bytes
  return encodeBase64Url(buffer).replace(/=+$/, '')
}

/** The bytes of base64url text, padded or not; throws when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array {
  return decodeBase64Url(text)
}

function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
}

/** The SHA-256 of `text`, base64 (RFC 4648 §4), as CSP hash sources write it. */
export async function sha256Base64(text: string): Promise<string> {
  return encodeBase64(await sha256(text))
}

/** The SHA-256 of `text`, base64url without padding. */
export async function sha256Base64Url(text: string): Promise<string> {
  return toBase64Url(await sha256(text))
}
