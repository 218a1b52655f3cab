/**
 * `/embed.js`: the element (element.ts, bundled by build.ts) applied to its
 * configuration, one script a partner site includes with a `<script src>`.
 */
import { LANGUAGE_IDS } from '../../schemas/languages'
import { widgetStrings, type WidgetConfig } from './config'
import ELEMENT_BUNDLE from './element.bundle'

/** The script, for an API at `origin` (used when the script cannot tell where it was loaded from). */
export function renderEmbedScript(origin: string): string {
  const config: WidgetConfig = {
    origin,
    strings: Object.fromEntries(LANGUAGE_IDS.map((id) => [id, widgetStrings(id)])) as WidgetConfig['strings'],
  }
  // `<` escaped, so the script stays safe even if pasted inline into a page.
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  return `/*! <meeting-the-world>: Meeting the World widget. Usage: ${origin}/en/ */\n${ELEMENT_BUNDLE}(${json});\n`
}
