/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * A localized field's input keeps its stale-translation marks: the patches its
 * languages send pass through it (as the Studio's form sends them, through
 * the form's callbacks) and leave with the patch of the marks in the same
 * change; a note with "Mark as checked" shows under an outdated language. The
 * languages are stand-ins here; the built Studio test (stale-translations.test.ts)
 * types into Sanity's own inputs. What the input remembers between changes is
 * kept per entry and field in sessionStorage, which each test starts without.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react'
import {
  FormCallbacksProvider,
  PatchEvent,
  set,
  unset,
  useFormCallbacks,
  type FieldProps,
  type FormPatch,
  type ObjectInputProps,
} from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { LocalizedInput, MARK_AS_CHECKED, memoryKey, outdatedNoteText } from '../../studio/components/translation-status-input'
import { renderInStudio } from './render'

/** The document the form edits: its draft, as the form holds it. */
const DOCUMENT_ID = 'drafts.entry-cupertino-2017'
vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useFormValue: (path: string[]) => (path.join('.') === '_id' ? DOCUMENT_ID : undefined),
}))

beforeEach(() => {
  sessionStorage.clear()
})

/** A language's input as the form draws one: it sends its patches through the form's callbacks, relative to its field. */
function LanguageInput({ language }: { language: string }) {
  const { onChange } = useFormCallbacks()
  return <button onClick={() => onChange(PatchEvent.from(set(`${language} text`, [language])))}>{`type in ${language}`}</button>
}

/** The form of `renderSummary` again, as after a reload: the same entry and field, a new input. */
function reload(value: Record<string, unknown>) {
  cleanup()
  return renderSummary(value)
}

/**
 * Renders the input of a field with `value`, its languages in `columns` (1: stacked, as the body;
 * 2: side by side, as the summary); says which changes reached the form, each a list of patches.
 */
function renderSummary(value: Record<string, unknown>, columns = 1) {
  const changes: FormPatch[][] = []
  const checks: FormPatch[][] = []
  const noop = () => undefined
  const props = {
    value,
    path: ['summary'],
    readOnly: false,
    schemaType: { name: 'localeText', options: { columns } },
    onChange: (patches: FormPatch | FormPatch[]) => checks.push([patches].flat() as FormPatch[]),
    renderField: (field: Omit<FieldProps, 'renderDefault'>) => <div data-field={field.name}>{field.name}</div>,
    renderDefault: (input: ObjectInputProps) => (
      <div>
        {['en', 'zh'].map((language) => (
          <div key={language}>
            {input.renderField({ name: language, path: ['summary', language] } as Omit<FieldProps, 'renderDefault'>)}
            <LanguageInput language={language} />
          </div>
        ))}
      </div>
    ),
  } as unknown as ObjectInputProps
  renderInStudio(
    <FormCallbacksProvider
      onChange={(event) => changes.push(event.patches)}
      onPathFocus={noop}
      onPathBlur={noop}
      onPathOpen={noop}
      onSetPathCollapsed={noop}
      onSetFieldSetCollapsed={noop}
      onFieldGroupSelect={noop}
    >
      <LocalizedInput {...props} />
    </FormCallbacksProvider>,
  )
  return { changes, checks }
}

const written = { _type: 'localeText', en: 'Signed in May 2017.', zh: '2017年5月签署。' }

describe('the input of a localized field', () => {
  test('marks Chinese as possibly outdated in the same change that edits English', () => {
    const { changes } = renderSummary(written)
    fireEvent.click(screen.getByText('type in en'))
    expect(changes).toEqual([[set('en text', ['en']), set(['zh'], ['outdated'])]])
    expect(screen.queryByText(MARK_AS_CHECKED)).toBeNull()
  })

  test('clears the mark in the same change that edits the outdated Chinese, and marks nothing', () => {
    const { changes } = renderSummary({ ...written, outdated: ['zh'] })
    fireEvent.click(screen.getByText('type in zh'))
    expect(changes).toEqual([[set('zh text', ['zh']), unset(['outdated'])]])
  })

  test('says so under the outdated language in its column when the languages stand side by side', () => {
    renderSummary({ ...written, outdated: ['zh'] }, 2)
    const note = screen.getByTestId('outdated-zh')
    expect(note.textContent).toContain(outdatedNoteText('zh'))
    // A row of the same columns under the fields: the note in the second, Chinese's.
    const cell = note.parentElement
    expect(cell?.previousElementSibling?.textContent).toBe('')
    expect(cell?.parentElement?.children).toHaveLength(2)
    expect(screen.getAllByRole('button', { name: MARK_AS_CHECKED })).toHaveLength(1)
  })

  test('says so under the outdated language, and "Mark as checked" clears it without an edit', () => {
    const { changes, checks } = renderSummary({ ...written, outdated: ['zh'] })
    const note = screen.getByRole('status')
    expect(note.getAttribute('data-testid')).toBe('outdated-zh')
    expect(note.textContent).toContain('May be outdated: the English text changed after this was written · 可能需要更新：英文内容在此之后有改动')
    expect(note.previousElementSibling?.getAttribute('data-field')).toBe('zh')
    expect(screen.queryByTestId('outdated-en')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: MARK_AS_CHECKED }))
    expect(checks).toEqual([[unset(['outdated'])]])
    expect(changes).toEqual([])
  })

  test('passes a change that marks nothing on unchanged', () => {
    const { changes } = renderSummary({ _type: 'localeText', en: written.en })
    fireEvent.click(screen.getByText('type in zh'))
    fireEvent.click(screen.getByText('type in zh'))
    expect(changes).toEqual([[set('zh text', ['zh'])], [set('zh text', ['zh'])]])
  })

  test('keeps an update an update after a reload: going on with the Chinese marks no English', () => {
    const first = renderSummary({ ...written, outdated: ['zh'] })
    fireEvent.click(screen.getByText('type in zh'))
    expect(first.changes).toEqual([[set('zh text', ['zh']), unset(['outdated'])]])
    const { changes } = reload({ ...written, zh: 'zh text' })
    fireEvent.click(screen.getByText('type in zh'))
    expect(changes).toEqual([[set('zh text', ['zh'])]])
  })

  test('clears a mark when the English that made it reads as before (an undo), and only then', () => {
    const first = renderSummary(written)
    fireEvent.click(screen.getByText('type in en'))
    expect(first.changes).toEqual([[set('en text', ['en']), set(['zh'], ['outdated'])]])
    expect(reload({ ...written, en: 'en text', outdated: ['zh'] }).checks).toEqual([])
    expect(reload({ ...written, outdated: ['zh'] }).checks).toEqual([[unset(['outdated'])]])
    // Forgotten once cleared: the same text again clears nothing more.
    expect(reload({ ...written, outdated: ['zh'] }).checks).toEqual([])
  })

  test('keeps a mark it did not make when the text is as before', () => {
    expect(renderSummary({ ...written, outdated: ['zh'] }).checks).toEqual([])
  })

  test('remembers per entry, whether the form edits its draft or the document itself', () => {
    expect(memoryKey('drafts.entry-cupertino-2017', ['summary'])).toBe(memoryKey('entry-cupertino-2017', ['summary']))
    expect(memoryKey('entry-cupertino-2017', ['summary'])).not.toBe(memoryKey('entry-cupertino-2017', ['headline']))
  })
})
