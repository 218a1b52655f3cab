/**
 * Nothing an editor writes is lost: an acknowledged transaction survives a
 * restart and a `kill -9` at any moment, the working copy is always whole
 * NDJSON, and `lake:reset` / `lake:export` move it to and from the embedded
 * dataset. The lake answers pages on this machine only.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, test } from 'vitest'
import { ROOT, SEED_FILE, startLake, workingCopyOf } from '../../lake/lake.ts'
import type { LakeDocument } from '../../lake/mutations.ts'
import { freePort } from '../worker-process'
import { API_VERSION, lakeClient, openTestLake, seedDocument, seedDocuments, type TestLake } from './helpers.ts'

const run = promisify(execFile)
const BURNABY = 'entry-burnaby-2014'
const BURNABY_DRAFT = `drafts.${BURNABY}`

const cleanups: (() => Promise<unknown> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function temporaryFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lake-durability-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function testLake(): Promise<TestLake> {
  const lake = await openTestLake()
  cleanups.push(() => lake.close())
  return lake
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex')

/** The working copy's documents; fails naming the line that is not a whole document. */
function parseWorkingCopy(text: string): LakeDocument[] {
  expect(text.endsWith('\n'), 'the working copy ends with a whole line').toBe(true)
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, index) => {
      let document: LakeDocument
      try {
        document = JSON.parse(line) as LakeDocument
      } catch {
        throw new Error(`line ${index + 1} of the working copy is not JSON: ${line.slice(0, 80)}…`)
      }
      expect(typeof document._id, `line ${index + 1} has an _id`).toBe('string')
      expect(typeof document._type, `line ${index + 1} has a _type`).toBe('string')
      return document
    })
}

/**
 * `node lake/main.ts` on `dir`, as `npm run lake` starts it; resolves once it
 * has said where it listens. Tries another port if the free one was taken meanwhile.
 */
async function spawnLake(dir: string, attempts = 3): Promise<{ child: ChildProcess; url: string }> {
  try {
    return await spawnLakeOnce(dir)
  } catch (error) {
    if (attempts <= 1 || !String(error).includes('cannot start')) throw error
    return spawnLake(dir, attempts - 1)
  }
}

async function spawnLakeOnce(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['lake/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, LAKE_DIR: dir, LAKE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('Local Content Lake on')) resolve()
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code, signal) => reject(new Error(`the lake exited (${code ?? signal}) before it listened:\n${output}`)))
  })
  return { child, url: `http://127.0.0.1:${port}` }
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

describe('restarts', () => {
  test('a transaction the lake acknowledged is there when a new lake starts on the same working copy', async () => {
    const { lake, dir } = await testLake()
    await lakeClient(lake.url).action({
      actionType: 'sanity.action.document.edit',
      publishedId: BURNABY,
      draftId: BURNABY_DRAFT,
      patch: { set: { 'headline.zh': '本拿比与贵阳续签友好协议' } },
    })
    const acknowledged = lake.dataset.get(BURNABY_DRAFT)

    // (What a crash leaves, the kill -9 test below checks.)
    await lake.stop()
    const second = await startLake({ dir, port: 0 }, () => undefined)
    cleanups.push(() => second.stop())
    expect(second.created).toBe(false)
    expect(await lakeClient(second.url).getDocument(BURNABY_DRAFT)).toEqual(acknowledged)
    expect((await lakeClient(second.url).getDocument(BURNABY_DRAFT))?.headline).toMatchObject({ zh: '本拿比与贵阳续签友好协议' })
  })

  test('a half-written temporary file that a crash left beside the working copy is removed at the next start, never read', async () => {
    const { lake, dir, file } = await testLake()
    await lake.stop()
    const before = await readFile(file, 'utf8')
    await writeFile(`${file}.4242.7.tmp`, before.slice(0, before.length / 2))
    await writeFile(`${file}.seed.tmp`, '{"_id":"settings","_type":')

    const next = await startLake({ dir, port: 0 }, () => undefined)
    cleanups.push(() => next.stop())
    expect((await readdir(dir)).sort()).toEqual(['production.ndjson', 'production.ndjson.lock'])
    expect(next.dataset.documents().map((document) => document._id)).toEqual(seedDocuments().map((document) => document._id))
    expect(await lakeClient(next.url).fetch('count(*)')).toBe(seedDocuments().length)
  })

  test('a second lake on a working copy that a lake serves is refused, so that neither undoes the other', async () => {
    const { lake, dir } = await testLake()
    await expect(startLake({ dir, port: 0 }, () => undefined)).rejects.toThrow(`being served by the lake in process ${process.pid}`)
    const reset = run(process.execPath, ['lake/main.ts', 'reset'], { cwd: ROOT, env: { ...process.env, LAKE_DIR: dir } })
    await expect(reset).rejects.toMatchObject({ stderr: expect.stringContaining('stop it first') })
    // The lake still serves, and writes.
    await lakeClient(lake.url).action({ actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set: { 'headline.en': 'Still here' } } })
    await lake.stop()
    // A lock left by a process that is gone (killed) does not keep the next lake out.
    await writeFile(join(dir, 'production.ndjson.lock'), '2147483646')
    const next = await startLake({ dir, port: 0 }, () => undefined)
    cleanups.push(() => next.stop())
    expect((next.dataset.get(BURNABY_DRAFT) as { headline?: { en?: string } } | undefined)?.headline?.en).toBe('Still here')
  })

  test('a lake on an empty folder starts from the embedded dataset and says so', async () => {
    const { lake, file } = await testLake()
    expect(lake.created).toBe(true)
    expect(await readFile(file, 'utf8')).toBe(await readFile(SEED_FILE, 'utf8'))
  })
})

describe('kill -9 in the middle of writing', () => {
  /** About 200 KB of an entry's English body: every write of the working copy carries megabytes. */
  const LONG_TEXT = 'The Burnaby Council and Burnaby Artists Guild visited Guiyang. '.repeat(3_200)

  /** A new draft entry built from Burnaby's, numbered `n`, with a long body. */
  function largeEdit(n: number): LakeDocument {
    const { _rev, _updatedAt, _createdAt, ...burnaby } = seedDocument(BURNABY)
    return {
      ...burnaby,
      _id: `drafts.entry-burnaby-2014-note-${n}`,
      slug: { _type: 'slug', current: `burnaby-2014-note-${n}` },
      summary: { _type: 'localeText', en: `Note ${n} on the Burnaby agreement.` },
      body: { _type: 'localeBlockContent', en: [{ _type: 'block', _key: `note${n}`, style: 'normal', markDefs: [], children: [{ _type: 'span', _key: `span${n}`, text: `${n}: ${LONG_TEXT}`, marks: [] }] }] },
    }
  }

  test('after each kill the working copy is whole NDJSON holding every acknowledged edit, and the lake starts again', async () => {
    const seedIds = seedDocuments().map((document) => document._id)
    const seedHash = await sha256(SEED_FILE)
    let acknowledgedInAll = 0
    let unansweredInAll = 0

    for (let round = 0; round < 4; round++) {
      const dir = await temporaryFolder()
      const { child, url } = await spawnLake(dir)
      const acknowledged: string[] = []
      let unanswered = 0
      let killed = false
      let next = 0

      // Eight editors saving at once, each as soon as the last save came back, until the kill.
      const editor = async () => {
        while (!killed) {
          const document = largeEdit(round * 1_000 + next++)
          try {
            const response = await fetch(`${url}/v${API_VERSION}/data/mutate/production`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ mutations: [{ createOrReplace: document }] }),
            })
            await response.arrayBuffer()
            if (response.status === 200) acknowledged.push(document._id)
            else throw new Error(`the lake answered ${response.status}`)
          } catch (error) {
            if (!killed) throw error
            unanswered++
          }
        }
      }
      const editing = Promise.all(Array.from({ length: 8 }, editor))
      editing.catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 700))
      killed = true
      await killHard(child)
      await editing

      const documents = parseWorkingCopy(await readFile(workingCopyOf({ dir }), 'utf8'))
      const ids = new Set(documents.map((document) => document._id))
      expect(seedIds.filter((id) => !ids.has(id)), 'embedded documents lost').toEqual([])
      expect(acknowledged.filter((id) => !ids.has(id)), `acknowledged edits lost in round ${round}`).toEqual([])
      for (const document of documents.filter((candidate) => acknowledged.includes(candidate._id))) {
        expect(JSON.stringify(document.body).length).toBeGreaterThan(200_000)
      }
      acknowledgedInAll += acknowledged.length
      unansweredInAll += unanswered

      // Whatever the kill left beside the working copy does not stop the next start.
      const restarted = await spawnLake(dir)
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
      const found = await lakeClient(restarted.url).fetch<number>('count(*[_id in $ids])', { ids: acknowledged })
      expect(found).toBe(acknowledged.length)
      expect(await lakeClient(restarted.url).fetch<number>('count(*[_type == "settings"])')).toBe(1)
      await killHard(restarted.child)
    }

    // The kills did land between saves: some were acknowledged, some never answered.
    expect(acknowledgedInAll).toBeGreaterThan(0)
    expect(unansweredInAll).toBeGreaterThan(0)
    expect(await sha256(SEED_FILE)).toBe(seedHash)
  }, 120_000)
})

describe('lake:reset and lake:export', () => {
  test('lake:reset replaces an edited working copy with the embedded dataset', async () => {
    const seedHash = await sha256(SEED_FILE)
    const { lake, dir, file } = await testLake()
    await lakeClient(lake.url).action({ actionType: 'sanity.action.document.delete', publishedId: BURNABY, includeDrafts: [] })
    expect(await readFile(file, 'utf8')).not.toContain(`"${BURNABY}"`)

    await lake.stop()
    const { stdout } = await run(process.execPath, ['lake/main.ts', 'reset'], { cwd: ROOT, env: { ...process.env, LAKE_DIR: dir } })
    expect(stdout).toContain('is the embedded dataset again')
    expect(await readFile(file, 'utf8')).toBe(await readFile(SEED_FILE, 'utf8'))
    expect(await sha256(SEED_FILE)).toBe(seedHash)
  })

  // main.ts always exports to data/production.ndjson beside lake/, and no test may write there:
  // the command runs from a copy of lake/ (and schemas/, which it imports) in a temporary repository with its own data/.
  test('lake:export writes the working copy, edits included, to the embedded dataset', async () => {
    const seedHash = await sha256(SEED_FILE)
    const repository = await temporaryFolder()
    await cp(join(ROOT, 'lake'), join(repository, 'lake'), { recursive: true })
    await cp(join(ROOT, 'schemas'), join(repository, 'schemas'), { recursive: true })
    await symlink(join(ROOT, 'node_modules'), join(repository, 'node_modules'), 'dir')
    await writeFile(join(repository, 'package.json'), JSON.stringify({ type: 'module' }))
    await mkdir(join(repository, 'data'))
    await cp(SEED_FILE, join(repository, 'data', 'production.ndjson'))

    const { lake, dir, file } = await testLake()
    const client = lakeClient(lake.url)
    await client.action({ actionType: 'sanity.action.document.edit', publishedId: BURNABY, draftId: BURNABY_DRAFT, patch: { set: { 'headline.en': 'Burnaby and Guiyang, exported' } } })
    await client.action({ actionType: 'sanity.action.document.publish', publishedId: BURNABY, draftId: BURNABY_DRAFT })
    const workingCopy = await readFile(file, 'utf8')
    await lake.stop()

    const { stdout } = await run(process.execPath, ['lake/main.ts', 'export'], { cwd: repository, env: { ...process.env, LAKE_DIR: dir } })
    expect(stdout).toContain(`wrote ${seedDocuments().length} documents`)
    const exported = await readFile(join(repository, 'data', 'production.ndjson'), 'utf8')
    expect(exported).toBe(workingCopy)
    expect(parseWorkingCopy(exported).find((document) => document._id === BURNABY)?.headline).toMatchObject({ en: 'Burnaby and Guiyang, exported' })
    expect((await readdir(join(repository, 'data'))).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(await sha256(SEED_FILE)).toBe(seedHash)
  })
})

describe('CORS: pages on this machine only', () => {
  test('a page on another site is refused with 403, and cannot write', async () => {
    const { lake } = await testLake()
    const read = await fetch(`${lake.url}/v${API_VERSION}/users/me`, { headers: { origin: 'https://evil.example' } })
    expect(read.status).toBe(403)
    expect(read.headers.get('access-control-allow-origin')).toBeNull()

    const write = await fetch(`${lake.url}/v${API_VERSION}/data/mutate/production`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ delete: { id: BURNABY } }] }),
    })
    expect(write.status).toBe(403)
    expect(lake.dataset.get(BURNABY)).toEqual(seedDocument(BURNABY))

    const lookalike = await fetch(`${lake.url}/v${API_VERSION}/users/me`, { headers: { origin: 'http://localhost.evil.example' } })
    expect(lookalike.status).toBe(403)
  })

  test('the Studio on http://localhost:3333 gets its origin echoed, with credentials allowed', async () => {
    const { lake } = await testLake()
    for (const origin of ['http://localhost:3333', 'http://local.localhost:3333', 'http://127.0.0.1:3333']) {
      const response = await fetch(`${lake.url}/v${API_VERSION}/users/me`, { headers: { origin } })
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
      expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    }
  })

  test("the Studio's preflight for a write is allowed", async () => {
    const { lake } = await testLake()
    const response = await fetch(`${lake.url}/v${API_VERSION}/data/actions/production`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3333', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3333')
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type')
  })

  test("a page on another site gets no preflight", async () => {
    const { lake } = await testLake()
    const response = await fetch(`${lake.url}/v${API_VERSION}/data/actions/production`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-methods')).toBeNull()
  })
})
