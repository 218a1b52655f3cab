/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * A localized field's input (`localeString`, `localeText`, `localeBlockContent`),
 * drawn as Sanity draws it, keeping its stale-translation marks as editors
 * write (the rule of schemas/lib/translation-status.ts):
 * - every change of a language passes through `TransformPatches`, which adds
 *   the patch of the field's `outdated` list to the same change, so undo,
 *   redo and real-time collaboration see one change;
 * - what the rule remembers between changes (the languages being brought up
 *   to date, the text a mark was made against) is kept with the entry, per
 *   document and field, for the browser tab (sessionStorage): a reload or a
 *   visit to another entry leaves an update an update;
 * - when the language whose change made a mark reads again as it did (the
 *   body editor's undo, or the old text typed back), the mark goes, in a
 *   change of its own;
 * - under a language marked as possibly outdated, a note says so, with a
 *   button that marks it as checked: below the language's own field when
 *   the languages are stacked (rich text), and in a row of the same columns
 *   under the fields when they stand side by side (Sanity aligns such columns
 *   to the bottom, so a note inside one would push the other language down).
 * Routed here for every localized field by components/studio-input.tsx.
 */
import { Box, Button, Card, Grid, Stack, Text } from '@sanity/ui'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import {
  getPublishedId,
  set,
  TransformPatches,
  unset,
  useFormValue,
  type FieldProps,
  type FormPatch,
  type ObjectInputProps,
  type Path,
} from 'sanity'
import { WRITTEN_LANGUAGE_IDS, type WrittenLanguageId } from '../../schemas/languages'
import { LANGUAGE_NAMES, bilingualTitle } from '../../schemas/lib/bilingual'
import {
  OUTDATED_FIELD,
  editedLanguages,
  markedLanguages,
  marksAfterUndo,
  outdatedAfterCheck,
  outdatedLanguages,
  sameLanguages,
  statusAfterEdit,
  type TranslationMemory,
} from '../../schemas/lib/translation-status'

/** Where a field's `TranslationMemory` is kept: by the published id of its document (a draft and its document are one entry) and its path. */
export function memoryKey(documentId: unknown, path: Path): string {
  const id = typeof documentId === 'string' ? getPublishedId(documentId) : ''
  return `translation-status:${id}:${JSON.stringify(path)}`
}

/** Keeps under `key` the text only the marks of `marks` were made against: the others are gone. */
function forgetOriginsBut(key: string, marks: readonly WrittenLanguageId[]): void {
  const memory = readMemory(key)
  writeMemory(key, { ...memory, markedFrom: Object.fromEntries(Object.entries(memory.markedFrom).filter(([id]) => (marks as readonly string[]).includes(id))) })
}

const FORGOTTEN: TranslationMemory = { updating: [], markedFrom: {} }

/** The memory kept under `key`; none when the tab keeps nothing (storage refused, or never written). */
function readMemory(key: string): TranslationMemory {
  try {
    const kept = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<TranslationMemory> | null
    return { updating: kept?.updating ?? [], markedFrom: kept?.markedFrom ?? {} }
  } catch {
    return FORGOTTEN
  }
}

function writeMemory(key: string, memory: TranslationMemory): void {
  try {
    if (memory.updating.length === 0 && Object.keys(memory.markedFrom).length === 0) sessionStorage.removeItem(key)
    else sessionStorage.setItem(key, JSON.stringify(memory))
  } catch {
    // A tab that keeps nothing forgets an update on reload, as the rule did before it was kept.
  }
}

/** The patch that stores `outdated` as the field's marks. */
function marksPatch(outdated: readonly WrittenLanguageId[]): FormPatch {
  return outdated.length > 0 ? set([...outdated], [OUTDATED_FIELD]) : unset([OUTDATED_FIELD])
}

/** What the note under an outdated language says: which other language changed after it was written. */
export function outdatedNoteText(language: WrittenLanguageId): string {
  const others = WRITTEN_LANGUAGE_IDS.filter((id) => id !== language).map((id) => LANGUAGE_NAMES[id])
  return bilingualTitle(
    `May be outdated: the ${others.map((names) => names.en).join(' and ')} text changed after this was written`,
    `可能需要更新：${others.map((names) => names.zh).join('、')}内容在此之后有改动`,
  )
}

export const MARK_AS_CHECKED = bilingualTitle('Mark as checked', '标记为已核对')

function OutdatedNote({ language, onCheck }: { language: WrittenLanguageId; onCheck?: () => void }) {
  return (
    <Card tone="caution" padding={3} radius={2} border role="status" data-testid={`outdated-${language}`}>
      <Stack gap={3}>
        <Text size={1}>{outdatedNoteText(language)}</Text>
        {onCheck && (
          <Box>
            <Button mode="ghost" tone="caution" fontSize={1} padding={2} text={MARK_AS_CHECKED} onClick={onCheck} />
          </Box>
        )}
      </Stack>
    </Card>
  )
}

function isWrittenLanguageId(name: string): name is WrittenLanguageId {
  return (WRITTEN_LANGUAGE_IDS as readonly string[]).includes(name)
}

export function LocalizedInput(props: ObjectInputProps) {
  const { value, onChange, path, readOnly, renderField, schemaType } = props
  // The value the next change starts from; patches arrive between renders.
  const current = useRef<unknown>(value)
  useEffect(() => {
    current.current = value
  }, [value])
  const key = memoryKey(useFormValue(['_id']), path)

  const transform = useCallback(
    (patches: FormPatch[]): FormPatch[] => {
      const { changed, emptied } = editedLanguages(patches)
      if (changed.length === 0) return patches
      const before = current.current
      const { outdated, ...memory } = statusAfterEdit({ before, changed, emptied, ...readMemory(key) })
      writeMemory(key, memory)
      return sameLanguages(outdated, markedLanguages(before)) ? patches : [...patches, marksPatch(outdated)]
    },
    [key],
  )

  // A mark whose change is undone goes.
  useEffect(() => {
    if (readOnly) return
    const marks = marksAfterUndo(value, readMemory(key).markedFrom)
    if (!marks) return
    forgetOriginsBut(key, marks)
    onChange(marksPatch(marks))
  }, [value, key, readOnly, onChange])

  const check = useCallback(
    (language: WrittenLanguageId) => {
      const marks = outdatedAfterCheck(current.current, language)
      forgetOriginsBut(key, marks)
      onChange(marksPatch(marks))
    },
    [onChange, key],
  )

  const outdated = outdatedLanguages(value)
  const outdatedKey = outdated.join(' ')
  const noteFor = useCallback(
    (language: WrittenLanguageId) => <OutdatedNote language={language} onCheck={readOnly ? undefined : () => check(language)} />,
    [readOnly, check],
  )
  const columns = (schemaType?.options as { columns?: number } | undefined)?.columns ?? 1

  const renderLanguageField = useCallback(
    (fieldProps: Omit<FieldProps, 'renderDefault'>) => {
      const field = renderField(fieldProps)
      const language = fieldProps.name
      const isLanguageOfThisField = fieldProps.path.length === path.length + 1 && isWrittenLanguageId(language)
      if (!isLanguageOfThisField || !outdatedKey.split(' ').includes(language)) return field
      return (
        <Stack gap={2}>
          {field}
          {noteFor(language)}
        </Stack>
      )
    },
    [renderField, path.length, outdatedKey, noteFor],
  )

  const inputProps = useMemo(
    () => (columns > 1 ? props : { ...props, renderField: renderLanguageField }),
    [props, columns, renderLanguageField],
  )
  return (
    <TransformPatches transform={transform}>
      {columns > 1 && outdated.length > 0 ? (
        <Stack gap={3}>
          {props.renderDefault(inputProps)}
          <Grid gridTemplateColumns={columns} gap={4}>
            {WRITTEN_LANGUAGE_IDS.map((language) => (
              <Box key={language}>{outdated.includes(language) && noteFor(language)}</Box>
            ))}
          </Grid>
        </Stack>
      ) : (
        props.renderDefault(inputProps)
      )}
    </TransformPatches>
  )
}
