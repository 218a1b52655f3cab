/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * An entry's *Traditional Chinese · 繁体预览* view (studio/structure.ts): its
 * Chinese fields beside the Traditional Chinese edition's text, converted as
 * the Worker converts them (schemas/lib/traditional.ts: OpenCC's `s2t`
 * phrases and characters, with the corrections in the settings ahead of
 * both), so an editor sees where the conversion errs and can add a
 * correction in Settings, which the view links to.
 *
 * The version shown is the one in the form (the draft, if any); the
 * corrections are the settings' as they are being edited, draft included,
 * and the view says when those are not published yet. OpenCC's dictionaries
 * (about 1 MB) are loaded when the view first opens, not with the Studio.
 */
import { Box, Card, Flex, Grid, Heading, Spinner, Stack, Text } from '@sanity/ui'
import { useEffect, useMemo, useState } from 'react'
import { useEditState, type SanityDocument } from 'sanity'
import { IntentLink } from 'sanity/router'
import type { UserViewComponent } from 'sanity/structure'
import { entry } from '../../schemas/documents/entry'
import { SETTINGS_ID } from '../../schemas/documents/settings'
import { languageById } from '../../schemas/languages'
import { bilingualMessage, bilingualTitle, languageFieldTitle } from '../../schemas/lib/bilingual'
import { correctionsFrom, simplifiedToTraditional, type TraditionalDictionaries } from '../../schemas/lib/traditional'

/** The entry's Chinese fields the Traditional edition converts, in the order a reader meets them on its page. */
const CONVERTED_FIELDS = ['headline', 'city', 'region', 'summary', 'body'] as const
type ConvertedField = (typeof CONVERTED_FIELDS)[number]

const SIMPLIFIED = languageById('zh')
const TRADITIONAL = languageById('zh-hant')
const FALLBACK = languageById(TRADITIONAL.fallback)

/**
 * What the site shows for a field with no Chinese text: the headline is built from the city and
 * date; any other field is shown in the fallback language (English), if written there.
 */
function whenEmpty(name: ConvertedField, fallbackWritten: boolean): string {
  if (name === 'headline') {
    return bilingualMessage('Empty: the site titles the entry from its city and date', '未填写：网站以城市和日期作为标题')
  }
  return fallbackWritten
    ? bilingualMessage('Not written in Chinese: the Traditional edition shows the English', '未填写中文：繁体版将显示英文')
    : bilingualMessage('Not written in either language: the site shows nothing here', '中英文均未填写：网站此处不显示内容')
}

/** The field's title as the form shows it: `Headline · 标题`. */
function fieldTitle(name: ConvertedField): string {
  return entry.fields.find((field) => field.name === name)?.title ?? name
}

/**
 * A field's Simplified text as paragraphs, each a list of the runs the Worker converts one by one:
 * a string field is one run, a Portable Text body one paragraph per text block, one run per span.
 */
function paragraphsOf(value: unknown): string[][] {
  if (typeof value === 'string') return value.trim() ? [[value.trim()]] : []
  if (!Array.isArray(value)) return []
  return value.flatMap((block: unknown) => {
    const { _type, children } = (block ?? {}) as { _type?: unknown; children?: unknown }
    if (_type !== 'block' || !Array.isArray(children)) return []
    const runs = children.flatMap((child: unknown) => {
      const text = (child as { text?: unknown } | null)?.text
      return typeof text === 'string' ? [text] : []
    })
    return runs.join('').trim() ? [runs] : []
  })
}

/** OpenCC's Simplified-to-Traditional dictionaries, loaded once for the whole Studio, on first use. */
let dictionaries: Promise<TraditionalDictionaries> | undefined
function loadDictionaries(): Promise<TraditionalDictionaries> {
  dictionaries ??= Promise.all([import('opencc-js/dict/STPhrases'), import('opencc-js/dict/STCharacters')]).then(
    ([phrases, characters]) => ({ phrases: phrases.default, characters: characters.default }),
  )
  return dictionaries
}

function useDictionaries(): TraditionalDictionaries | undefined {
  const [loaded, setLoaded] = useState<TraditionalDictionaries>()
  useEffect(() => {
    let current = true
    void loadDictionaries().then((value) => current && setLoaded(value))
    return () => {
      current = false
    }
  }, [])
  return loaded
}

/** One language's text of a field, headed by the language's name. */
function Paragraphs({ language, paragraphs }: { language: typeof SIMPLIFIED | typeof TRADITIONAL; paragraphs: string[] }) {
  return (
    <Stack gap={3}>
      <Text size={0} muted>
        {languageFieldTitle(language)}
      </Text>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} size={2} lang={language.tag}>
          {paragraph}
        </Text>
      ))}
    </Stack>
  )
}

/** A link that opens the settings at their *Traditional Chinese corrections*. */
function CorrectionsLink() {
  return (
    <Text size={1}>
      <IntentLink intent="edit" params={{ id: SETTINGS_ID, type: 'settings', path: 'traditionalCorrections' }}>
        {bilingualTitle('Correct the conversion in Settings', '在设置中修正繁体转换')}
      </IntentLink>
    </Text>
  )
}

export interface TraditionalPreviewProps {
  /** The entry as the form holds it now. */
  entryDocument: Partial<SanityDocument>
  /** The settings document's `traditionalCorrections`, as stored. */
  corrections: unknown
  /** Whether those corrections are a draft of the settings, not yet on the site. */
  correctionsUnpublished: boolean
  dictionaries: TraditionalDictionaries | undefined
}

/** The entry's Chinese fields, Simplified beside Traditional, with the way to correct the conversion. */
export function TraditionalPreview({ entryDocument, corrections, correctionsUnpublished, dictionaries }: TraditionalPreviewProps) {
  const correctionsKey = JSON.stringify(correctionsFrom(corrections))
  const convert = useMemo(
    () => dictionaries && simplifiedToTraditional(dictionaries, JSON.parse(correctionsKey)),
    [dictionaries, correctionsKey],
  )
  return (
    <Box padding={4}>
      <Stack gap={5}>
        <Stack gap={3}>
          <Text size={1} muted>
            {bilingualMessage(
              'The Traditional Chinese edition is this Simplified text converted by OpenCC, with the corrections in Settings. Where a word is converted wrongly, add it there: the correction applies everywhere',
              '繁体中文版由本条目的简体中文经OpenCC转换生成，并应用设置中的转换修正。如发现转换错误，请在设置中添加修正，修正适用于全站',
            )}
          </Text>
          {correctionsUnpublished && (
            <Text size={1} muted>
              {bilingualMessage(
                'Includes corrections not yet published in Settings',
                '含设置中尚未发布的修正',
              )}
            </Text>
          )}
          <CorrectionsLink />
        </Stack>
        {!convert ? (
          <Flex align="center" gap={3}>
            <Spinner muted />
            <Text size={1} muted>
              {bilingualMessage('Loading OpenCC’s dictionaries', '正在加载OpenCC词典')}
            </Text>
          </Flex>
        ) : (
          CONVERTED_FIELDS.map((name) => {
            const field = entryDocument[name] as Record<string, unknown> | undefined
            const paragraphs = paragraphsOf(field?.[TRADITIONAL.writtenIn])
            return (
              <Stack key={name} gap={3} data-field={name}>
                <Heading as="h3" size={0}>
                  {fieldTitle(name)}
                </Heading>
                {paragraphs.length === 0 ? (
                  <Text size={1} muted>
                    {whenEmpty(name, paragraphsOf(field?.[FALLBACK.writtenIn]).length > 0)}
                  </Text>
                ) : (
                  <Grid gridTemplateColumns={2} gap={4}>
                    <Card padding={3} radius={2} tone="transparent" border data-language={SIMPLIFIED.id}>
                      <Paragraphs language={SIMPLIFIED} paragraphs={paragraphs.map((runs) => runs.join(''))} />
                    </Card>
                    <Card padding={3} radius={2} border data-language={TRADITIONAL.id}>
                      <Paragraphs language={TRADITIONAL} paragraphs={paragraphs.map((runs) => runs.map(convert).join(''))} />
                    </Card>
                  </Grid>
                )}
              </Stack>
            )
          })
        )}
      </Stack>
    </Box>
  )
}

/** The view as Structure hands it the document: the settings' corrections read through the Studio's document store. */
export const TraditionalPreviewView: UserViewComponent = ({ document }) => {
  const settings = useEditState(SETTINGS_ID, 'settings')
  const dictionaries = useDictionaries()
  const draft = correctionsFrom(settings.draft?.traditionalCorrections)
  const published = correctionsFrom(settings.published?.traditionalCorrections)
  return (
    <TraditionalPreview
      entryDocument={document.displayed}
      corrections={settings.draft ? draft : published}
      correctionsUnpublished={settings.draft !== null && JSON.stringify(draft) !== JSON.stringify(published)}
      dictionaries={dictionaries}
    />
  )
}
