/**
 * What the lake refuses, so that nothing an editor has is broken by a bad
 * request: a clear 4xx naming what is wrong, and the working copy untouched.
 */
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { API_VERSION, openTestLake, post, seedDocument, type TestLake } from './helpers'

const BURNABY = 'entry-burnaby-2014'
const BURNABY_DRAFT = `drafts.${BURNABY}`

let lakeUnderTest: TestLake
let before: string
beforeEach(async () => {
  lakeUnderTest = await openTestLake()
  before = await readFile(lakeUnderTest.file, 'utf8')
})
afterEach(() => lakeUnderTest.close())

/** Posts, expects the status, and that the working copy did not change. */
async function refused(path: string, body: unknown, status: number): Promise<string> {
  const answer = await post(lakeUnderTest.lake, path, body)
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  expect(await readFile(lakeUnderTest.file, 'utf8')).toBe(before)
  return answer.body.error?.description ?? ''
}

describe('documents stay whole', () => {
  test('a patch that removes or breaks _type is refused, so the working copy always loads again', async () => {
    expect(await refused('/data/mutate/production', { mutations: [{ patch: { id: BURNABY, unset: ['_type'] } }] }, 400)).toContain('_type')
    await refused('/data/mutate/production', { mutations: [{ patch: { id: BURNABY, set: { _type: 5 } } }] }, 400)
  })

  test('replaceDraft and create refuse to write a published document in a draft\'s place', async () => {
    const action = { actionType: 'sanity.action.document.replaceDraft', publishedId: 'settings', attributes: { _id: 'settings', _type: 'x' } }
    expect(await refused('/data/actions/production', { actions: [action] }, 400)).toContain('not a draft or version of "settings"')
    const create = { actionType: 'sanity.action.document.create', publishedId: 'entry-new', attributes: { _id: 'entry-new', _type: 'entry' } }
    await refused('/data/actions/production', { actions: [create] }, 400)
  })

  test('an action whose draft id is not a draft of its published id is refused, rather than deleting the published document', async () => {
    const actions = [
      { actionType: 'sanity.action.document.publish', publishedId: 'settings', draftId: 'settings' },
      { actionType: 'sanity.action.document.unpublish', publishedId: BURNABY, draftId: 'settings' },
      { actionType: 'sanity.action.document.discard', draftId: 'settings' },
      { actionType: 'sanity.action.document.delete', publishedId: BURNABY, includeDrafts: ['settings'] },
    ]
    for (const action of actions) {
      expect(await refused('/data/actions/production', { actions: [action] }, 400), action.actionType).toContain('is not a draft or version of')
    }
    expect(lakeUnderTest.lake.dataset.get('settings')).toEqual(seedDocument('settings'))
  })

  test('a transaction id used before is refused rather than giving a document the same revision twice', async () => {
    const edit = (transactionId: string) => ({
      transactionId,
      actions: [{ actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set: { 'headline.en': transactionId } } }],
    })
    expect((await post(lakeUnderTest.lake, '/data/actions/production', edit('T1'))).status).toBe(200)
    before = await readFile(lakeUnderTest.file, 'utf8')
    await refused('/data/actions/production', edit('T1'), 409)
  })

  test('what leaves a document as it is writes nothing: no new revision, no event', async () => {
    const answer = await post(lakeUnderTest.lake, '/data/mutate/production', {
      mutations: [{ createIfNotExists: { ...seedDocument(BURNABY), headline: { en: 'ignored' } } }, { delete: { id: 'no-such-document' } }],
    })
    expect(answer.status).toBe(200)
    expect(answer.body.results).toEqual([])
    expect(await readFile(lakeUnderTest.file, 'utf8')).toBe(before)
    expect(lakeUnderTest.lake.dataset.get(BURNABY)).toEqual(seedDocument(BURNABY))
  })
})

describe('bad requests get a 400 naming the problem, never a 500', () => {
  test.each([
    ['an action that is not an object', '/data/actions/production', { actions: [null] }],
    ['a mutation that is not an object', '/data/mutate/production', { mutations: [null] }],
    ['a create without a document', '/data/mutate/production', { mutations: [{ create: null }] }],
    ['a dry run, which the lake cannot do', '/data/mutate/production', { dryRun: true, mutations: [{ delete: { id: BURNABY } }] }],
  ])('%s', async (_name, path, body) => {
    expect(await refused(path, body, 400)).not.toBe('')
  })

  test('a perspective that is not one is refused, naming the ones there are', async () => {
    for (const perspective of ['publshed,x y', 'raw,drafts']) {
      const response = await fetch(`${lakeUnderTest.lake.url}/v${API_VERSION}/data/query/production?query=count(*)&perspective=${encodeURIComponent(perspective)}`)
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: { description: string } }).error.description).toContain('raw, published, drafts')
    }
  })

  test('document ids that are not a valid path get a 400', async () => {
    expect((await fetch(`${lakeUnderTest.lake.url}/v${API_VERSION}/data/doc/production/%E0%A4%A`)).status).toBe(400)
  })
})

describe('only this machine', () => {
  test('a request naming another host (a rebound DNS name) is refused, even without an Origin', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(lakeUnderTest.lake.url)
      request({ host: url.hostname, port: url.port, path: `/v${API_VERSION}/data/query/production?query=count(*)`, headers: { host: 'rebind.example:3900' } }, (response) => {
        response.resume()
        resolve(response.statusCode)
      })
        .on('error', reject)
        .end()
    })
    expect(status).toBe(403)
    expect((await fetch(`${lakeUnderTest.lake.url}/v${API_VERSION}/data/query/production?query=count(*)`)).status).toBe(200)
  })
})
