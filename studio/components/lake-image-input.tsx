/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * The image field on the local Content Lake, which stores no images: instead
 * of an upload button that would fail, a note in both languages saying why,
 * and where images can be added. An image the entry already has (from a
 * Sanity project's export) is kept and shown read-only. Every other input is
 * drawn as before. Given to the Studio on the lake only (local-lake.ts).
 */
import { Card, Stack, Text } from '@sanity/ui'
import { isObjectInputProps, type InputProps, type SchemaType } from 'sanity'
import { bilingualMessage } from '../../schemas/lib/bilingual'

/** What the image field says on the lake. */
export const LAKE_IMAGE_NOTE = bilingualMessage(
  'The local Content Lake stores no images, so none can be added here: add images in the Studio on a Sanity project (npm run studio:sanity)',
  '本地内容库不保存图片，这里不能添加图片；请在连接Sanity项目的Studio中添加（npm run studio:sanity）',
)

/** Whether `type` is an image, or a type built on one. */
function isImageType(type: SchemaType | undefined): boolean {
  for (let current = type; current; current = current.type) {
    if (current.name === 'image') return true
  }
  return false
}

export function LakeImageInput(props: InputProps) {
  if (!isObjectInputProps(props) || !isImageType(props.schemaType)) return props.renderDefault(props)
  const image = props.value as { asset?: unknown } | undefined
  return (
    <Stack gap={3}>
      <Card padding={3} radius={2} tone="caution" border>
        <Text size={1}>{LAKE_IMAGE_NOTE}</Text>
      </Card>
      {image?.asset ? props.renderDefault({ ...props, readOnly: true }) : null}
    </Stack>
  )
}
