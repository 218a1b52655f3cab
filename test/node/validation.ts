/**
 * Validates documents with Sanity's own validation engine, offline.
 *
 * `validateInStudio` runs `validateDocument` from 'sanity' against the
 * workspace that studio/sanity.config.ts resolves to: the same schema, rules
 * and messages an editor meets when publishing. `validateInCli` runs
 * `validateDocument` from '@sanity/validation' (what `sanity documents
 * validate` uses), which also reports fields the schema does not know.
 *
 * Custom validators (dates, languages, slugs) need a client; a small one
 * answers GROQ from the given documents with groq-js, so the slug uniqueness
 * check queries "the Content Lake" without any network.
 */
import { createClient, type SanityClient } from '@sanity/client'
import {
  validateDocument as validateWithSchema,
  type DocumentValidationMarker,
  type DocumentValidationResult,
  type ValidationClient,
} from '@sanity/validation'
import { evaluate, parse } from 'groq-js'
import {
  createWorkspaceFromConfig,
  validateDocument,
  type CurrentUser,
  type SanityDocument,
  type Schema,
  type Workspace,
} from 'sanity'
import studioConfig, { API_VERSION } from '../../studio/sanity.config'

const EDITOR: CurrentUser = {
  id: 'editor',
  name: 'Editor',
  email: 'editor@example.org',
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor' }],
}

/**
 * The Studio's workspace, resolved from studio/sanity.config.ts. Its client is
 * never asked anything here: validation gets `createDatasetClient` instead.
 */
export function createStudioWorkspace(): Promise<Workspace> {
  return createWorkspaceFromConfig({
    ...studioConfig,
    currentUser: EDITOR,
    getClient: ({ apiVersion }) =>
      createClient({
        projectId: studioConfig.projectId,
        dataset: studioConfig.dataset,
        apiVersion,
        useCdn: false,
      }),
  })
}

function unexpected(method: string) {
  return () => {
    throw new Error(`The dataset client does not implement ${method}`)
  }
}

/** A read-only client over `documents`: GROQ through groq-js, no network. */
export function createDatasetClient(documents: readonly SanityDocument[]): ValidationClient & SanityClient {
  const fetch = async (query: string, params: Record<string, unknown> = {}) => {
    const result = await evaluate(parse(query, { params }), { dataset: documents, params })
    return result.get()
  }
  const client = {
    fetch,
    config: () => ({ projectId: studioConfig.projectId, dataset: studioConfig.dataset, apiVersion: API_VERSION }),
    getDataUrl: (operation: string, path?: string) =>
      `/data/${operation}/${studioConfig.dataset}${path ? `/${path}` : ''}`,
    // Unused here: `getDocumentExists` is given, and custom validators only `fetch`.
    observable: {
      fetch: unexpected('observable.fetch'),
      request: unexpected('observable.request'),
    },
    withConfig: () => client,
  }
  // A stub of the few methods validation calls, not a whole SanityClient.
  return client as unknown as ValidationClient & SanityClient
}

/** The Content Lake a document is validated in: itself plus `dataset`, minus its older self. */
function lakeWith(document: SanityDocument, dataset: readonly SanityDocument[]) {
  const documents = [...dataset.filter((candidate) => candidate._id !== document._id), document]
  const ids = new Set(documents.map((candidate) => candidate._id))
  return {
    client: createDatasetClient(documents),
    getDocumentExists: async ({ id }: { id: string }) => ids.has(id),
  }
}

export interface ValidationReport {
  markers: DocumentValidationMarker[]
  errors: string[]
  warnings: string[]
}

function report(markers: DocumentValidationMarker[]): ValidationReport {
  return {
    markers,
    errors: markers.filter((marker) => marker.level === 'error').map(describeMarker),
    warnings: markers.filter((marker) => marker.level === 'warning').map(describeMarker),
  }
}

/** Validates `document` as the Studio does before publishing, within `dataset`. */
export async function validateInStudio(
  workspace: Workspace,
  document: SanityDocument,
  dataset: readonly SanityDocument[] = [],
): Promise<ValidationReport> {
  const { client, getDocumentExists } = lakeWith(document, dataset)
  const markers = await validateDocument({
    document,
    workspace,
    getClient: () => client,
    getDocumentExists,
    environment: 'studio',
  })
  return report(markers)
}

/**
 * Validates `document` as `sanity documents validate` does, within `dataset`.
 * Sanity 6.16 reports fields the schema does not know here, but also turns
 * errors on object-typed fields into warnings: use it to look for any marker,
 * and `validateInStudio` to tell errors from warnings.
 */
export async function validateInCli(
  schema: Schema,
  document: SanityDocument,
  dataset: readonly SanityDocument[] = [],
): Promise<DocumentValidationResult & ValidationReport> {
  const result = await validateWithSchema({ document, schema, ...lakeWith(document, dataset) })
  return { ...result, ...report(result.markers) }
}

/** A marker as one readable line: `city.zh: City is required in Chinese / 城市必须填写中文`. */
export function describeMarker(marker: DocumentValidationMarker): string {
  const path = marker.path
    .map((segment) =>
      typeof segment === 'object' && segment !== null && '_key' in segment
        ? `[_key=="${segment._key}"]`
        : String(segment),
    )
    .join('.')
    .replaceAll('.[', '[')
  return `${path || '(document)'}: ${marker.message}`
}

/** Problems Sanity found in the schema definitions themselves, as the Studio reports them at startup. */
export function schemaProblems(schema: Schema): string[] {
  return (schema._validation ?? []).flatMap((group) =>
    group.problems.map(
      (problem) => `${group.path.map((segment) => segment.name).join('.')}: ${problem.severity}: ${problem.message}`,
    ),
  )
}
