/**
 * The publish webhook, defined once: what an operator types into Sanity's
 * webhook form (manage → API → Webhooks, a GROQ-powered webhook), what the
 * local Content Lake in `lake/` sends on every publish, unpublish and delete,
 * and what the Worker's `POST /hooks/sanity` reads. Plain data, no 'sanity'
 * import: the Worker, the lake and the tests import it.
 *
 * https://www.sanity.io/docs/webhooks
 */

/** The document types whose changes readers see; the webhook's filter. */
export const PUBLISH_WEBHOOK_TYPES = ['entry', 'settings'] as const
export type PublishWebhookType = (typeof PUBLISH_WEBHOOK_TYPES)[number]

/** The webhook's GROQ filter: published entries and settings (Sanity leaves drafts out unless asked). */
export const PUBLISH_WEBHOOK_FILTER = `_type in ${JSON.stringify(PUBLISH_WEBHOOK_TYPES)}`

/**
 * What of a document decides which lists can show it: its slug, its city's English name (the
 * Worker keys it with `cityKey`), country, topics and agreement date. Both before and after the change, so
 * that an entry moved from one city, topic or year to another leaves the old lists too.
 */
const SELECTORS = `{"slug": slug.current, "city": city.en, country, topics, date}`

/** The webhook's GROQ projection: the body Sanity sends (and the lake sends). */
export const PUBLISH_WEBHOOK_PROJECTION = `{
  _id,
  _type,
  "operation": delta::operation(),
  "before": before()${SELECTORS},
  "after": after()${SELECTORS}
}`

/** The selectors of one side of the change; `null` when the document did not exist on that side. */
export interface PublishWebhookSide {
  slug: string | null
  /** The city's English name, as written. */
  city: string | null
  country: string | null
  topics: string[] | null
  date: string | null
}

/** The body of one webhook call, as the projection above makes it. */
export interface PublishWebhookBody {
  _id: string
  _type: PublishWebhookType
  operation: 'create' | 'update' | 'delete'
  before: PublishWebhookSide | null
  after: PublishWebhookSide | null
}

/** The header Sanity signs the body in (`t=<ms>,v1=<base64url HMAC-SHA256>`), read by `@sanity/webhook`. */
export const SIGNATURE_HEADER = 'sanity-webhook-signature'

/** The secret on the Worker (`SANITY_WEBHOOK_SECRET`) and in Sanity's webhook form must match. */
export const WEBHOOK_PATH = '/hooks/sanity'
