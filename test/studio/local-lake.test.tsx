/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * What the Studio offers on the local Content Lake, and how `npm run studio`
 * wires the lake, the Worker and the Studio: on the lake, Sanity's hosted
 * services the lake has not are switched off and the image field says why it
 * takes no image; on Sanity nothing changes; the Studio's site and preview
 * links go to a Worker that reads the lake and takes its webhook. (The built
 * Studio in Chromium: local-lake-studio.test.ts.)
 */
import { screen } from '@testing-library/react'
import type { InputProps } from 'sanity'
import { describe, expect, test } from 'vitest'
import { DEFAULT_WORKER_PORT, localStudio } from '../../lake/studio.ts'
import { DEFAULT_WEBHOOK_SECRET, webhookTargetOf } from '../../lake/webhook.ts'
import { LAKE_IMAGE_NOTE, LakeImageInput } from '../../studio/components/lake-image-input'
import { lakePlugins, lakeWorkspaceOptions } from '../../studio/local-lake'
import { renderInStudio } from './render'

describe('the Studio on Sanity', () => {
  test("keeps Releases, Schedule publish, Tasks, Comments and uploads as Sanity sets them", () => {
    expect(lakeWorkspaceOptions(undefined)).toEqual({})
    expect(lakePlugins(undefined)).toEqual([])
  })
})

// The first render loads Sanity's UI: seconds on a busy machine.
describe('the Studio on the local lake', { timeout: 30_000 }, () => {
  test('switches off what the lake cannot keep: releases, schedules, tasks, comments, announcements, Media Library, uploads', () => {
    const options = lakeWorkspaceOptions('http://localhost:3900')
    for (const feature of ['releases', 'scheduledDrafts', 'scheduledPublishing', 'tasks', 'announcements', 'mediaLibrary'] as const) {
      expect(options[feature]?.enabled, feature).toBe(false)
    }
    const [plugin] = lakePlugins('http://localhost:3900')
    expect(plugin?.document?.comments?.enabled).toBe(false)
    expect(plugin?.form?.image?.directUploads).toBe(false)
    expect(plugin?.form?.file?.directUploads).toBe(false)
  })

  const inputProps = (schemaType: object, value?: object) =>
    ({
      schemaType,
      value,
      path: ['image'],
      members: [],
      renderDefault: (props: { readOnly?: boolean }) => <p>{`Sanity's input${props.readOnly ? ', read-only' : ''}`}</p>,
    }) as unknown as InputProps

  const imageType = { name: 'image', jsonType: 'object', fields: [] }

  test('the image field says, in both languages, why it takes no image, and offers no upload', () => {
    renderInStudio(<LakeImageInput {...inputProps({ name: 'image', jsonType: 'object', fields: [], type: imageType })} />)
    expect(screen.getByText(LAKE_IMAGE_NOTE)).toBeTruthy()
    expect(LAKE_IMAGE_NOTE).toContain('本地内容库不保存图片')
    expect(screen.queryByText(/Sanity's input/)).toBeNull()
  })

  test('an image the entry already has stays, read-only', () => {
    renderInStudio(<LakeImageInput {...inputProps(imageType, { asset: { _ref: 'image-abc-10x10-png' } })} />)
    expect(screen.getByText("Sanity's input, read-only")).toBeTruthy()
  })

  test('every other input is drawn as before', () => {
    renderInStudio(<LakeImageInput {...inputProps({ name: 'localeString', jsonType: 'object', fields: [], type: { name: 'object', jsonType: 'object' } })} />)
    expect(screen.getByText("Sanity's input")).toBeTruthy()
  })
})

describe('npm run studio', () => {
  test("points the Studio's site and preview links at a Worker that reads the lake, on 8787 by default", () => {
    const setup = localStudio({})
    expect(setup.workerPort).toBe(DEFAULT_WORKER_PORT)
    expect(setup.studioEnv).toEqual({
      SANITY_STUDIO_API_HOST: 'http://localhost:3900',
      SANITY_STUDIO_SITE_URL: 'http://127.0.0.1:8787',
      SANITY_STUDIO_PREVIEW_URL: 'http://127.0.0.1:8787',
    })
    expect(setup.workerVars).toMatchObject({ SANITY_PROJECT_ID: 'local', SANITY_API_HOST: 'http://127.0.0.1:3900', SANITY_WEBHOOK_SECRET: DEFAULT_WEBHOOK_SECRET })
    // A read token, so that the Worker previews drafts (the lake takes any).
    expect(setup.workerVars.SANITY_READ_TOKEN).toBeTruthy()
  })

  test('sends the publish webhook to that Worker, signed with the secret it is given, whatever the ports', () => {
    const setup = localStudio({ LAKE_PORT: '3911', WORKER_PORT: '8790', LAKE_WEBHOOK_SECRET: 'another-secret' })
    expect(setup.studioEnv.SANITY_STUDIO_SITE_URL).toBe('http://127.0.0.1:8790')
    expect(setup.workerVars.SANITY_API_HOST).toBe('http://127.0.0.1:3911')
    expect(webhookTargetOf(setup.lakeEnv)).toEqual({ url: 'http://127.0.0.1:8790/hooks/sanity', secret: 'another-secret' })
    expect(setup.workerVars.SANITY_WEBHOOK_SECRET).toBe('another-secret')
    // An operator's own webhook address, or none, is kept.
    expect(webhookTargetOf(localStudio({ LAKE_WEBHOOK_URL: '' }).lakeEnv)).toBeUndefined()
  })
})
