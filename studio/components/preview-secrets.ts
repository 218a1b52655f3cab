/**
 * The secrets that open the Worker's drafts preview, created by the signed-in
 * editor's own Studio: `@sanity/preview-url-secret`'s `createPreviewSecret`
 * writes a random secret into the dataset (a draft document of type
 * `sanity.previewUrlSecret`, made with the editor's session, so only someone
 * who may write drafts can make one), and the Worker, reading the dataset with
 * its read token, lets it open previews for an hour (`validatePreviewUrl`,
 * server/content/sanity-source.ts). Nothing in the Studio's bundle opens
 * previews; each new secret also deletes those that have expired.
 *
 * The Presentation tool makes its secrets the same way; outside it, this
 * module makes one when an editor first opens a preview, and reuses it for
 * the next previews while it has `PREVIEW_SECRET_MARGIN_MS` left, so that a
 * preview just opened can still be reloaded for that long.
 */
import type { SanityClient } from '@sanity/client'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'

/** Names the Studio's preview links as what made a secret (the document's `source`). */
export const PREVIEW_SECRET_SOURCE = 'meeting-the-world/preview-links'

/** A secret is used for a new preview only while it has this long left (of its hour). */
export const PREVIEW_SECRET_MARGIN_MS = 15 * 60_000

export interface PreviewSecret {
  secret: string
  /** When the Worker stops taking it: an hour after it was made. */
  expiresAt: Date
}

export interface PreviewSecrets {
  /** The secret held, while it has the margin left. */
  held(): PreviewSecret | undefined
  /** A secret with the margin left: the one held, else a new one made in the dataset. Rejects when it cannot be made (no right to write drafts, no connection). */
  fresh(): Promise<PreviewSecret>
}

export interface PreviewSecretsOptions {
  /** The signed-in editor (the document's `userId`). */
  userId?: string
  /** The Studio's address, kept with the secret (the document's `studioUrl`); by default the page's. */
  studioUrl?: () => string
}

/** The preview secrets made with `client`, a client with the editor's session (the Studio's `useClient`). */
export function createPreviewSecrets(client: SanityClient, { userId, studioUrl = () => location.href }: PreviewSecretsOptions = {}): PreviewSecrets {
  let current: PreviewSecret | undefined
  let making: Promise<PreviewSecret> | undefined
  const held = () => (current && current.expiresAt.getTime() - Date.now() >= PREVIEW_SECRET_MARGIN_MS ? current : undefined)
  return {
    held,
    async fresh() {
      const usable = held()
      if (usable) return usable
      // Both languages' links clicked at once make one secret, not two.
      making ??= createPreviewSecret(client, PREVIEW_SECRET_SOURCE, studioUrl(), userId)
        .then((made) => (current = made))
        .finally(() => (making = undefined))
      return making
    },
  }
}

/** One set of secrets per client and editor, so that every entry's links share them. */
const secretsByClient = new WeakMap<SanityClient, Map<string, PreviewSecrets>>()

/** The preview secrets of `client` and `userId`, made once and then shared. */
export function previewSecretsFor(client: SanityClient, userId: string | undefined): PreviewSecrets {
  let byUser = secretsByClient.get(client)
  if (!byUser) secretsByClient.set(client, (byUser = new Map()))
  let secrets = byUser.get(userId ?? '')
  if (!secrets) byUser.set(userId ?? '', (secrets = createPreviewSecrets(client, { userId })))
  return secrets
}
