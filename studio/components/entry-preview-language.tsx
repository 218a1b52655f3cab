/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * Entries listed in the editor's interface language first: under the Chinese
 * interface a row and a document's header read 维琴察，2018年12月 above
 * Vicenza, December 2018, under the English one the other way round
 * (schemas/documents/entry-preview.ts). Sanity draws document lists and the
 * header from the schema's `prepare` alone, which is not told the interface
 * language, so the Studio's layout tells it before anything is drawn, and
 * draws the Studio anew when the editor switches language, so that every
 * preview is prepared again in the new one.
 */
import { Fragment } from 'react'
import type { LayoutProps } from 'sanity'
import { listEntriesIn } from '../../schemas/documents/entry-preview'
import { useInterfaceLanguage } from '../locales/interface-language'

/** The Studio's layout as Sanity draws it, with entries listed in the interface language first. */
export function ListingInInterfaceLanguage(props: LayoutProps) {
  const language = useInterfaceLanguage()
  // Before the layout's children render: they prepare their previews as they mount.
  listEntriesIn(language)
  return <Fragment key={language}>{props.renderDefault(props)}</Fragment>
}
