/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * An entry's country/region: a searchable list (@sanity/ui's Autocomplete)
 * in place of a select of some 250 names. An editor types a Chinese name, an
 * English name or the ISO code (意大利, Italy, IT, 新西兰) and picks from what
 * matches, the country whose code was typed first; the list is sorted by the interface language's names (pinyin under
 * the Chinese interface). The entry keeps storing the ISO code, which the
 * schema's list (`COUNTRY_OPTIONS`) validates. Routed here for the entry's
 * `country` field by components/studio-input.tsx.
 */
import { Box, Text } from '@sanity/ui'
import { Autocomplete } from '@sanity/ui/autocomplete'
import { useCallback, useMemo, useState } from 'react'
import { set, unset, type StringInputProps } from 'sanity'
import { bilingualTitle } from '../../schemas/lib/bilingual'
import { countriesMatching, countryChoices, countryMatches, type CountryChoice } from '../../schemas/lib/countries'
import { useInterfaceLanguage } from '../locales/interface-language'

function CountryOption({ title }: CountryChoice) {
  return (
    <Box padding={3}>
      <Text size={1}>{title}</Text>
    </Box>
  )
}

const renderOption = (choice: CountryChoice) => <CountryOption {...choice} />

export function CountryInput(props: StringInputProps) {
  const { elementProps, onChange, readOnly, value } = props
  const language = useInterfaceLanguage()
  const [query, setQuery] = useState<string | null>(null)
  const choices = countryChoices(language)
  // Best first for what the editor typed (the country whose code it is first); the whole list, in order, before.
  const options = useMemo(() => countriesMatching(query ?? '', choices), [query, choices])
  const renderValue = useCallback(
    (code: string, choice?: CountryChoice) => (choice ?? choices.find((candidate) => candidate.value === code))?.title ?? code,
    [choices],
  )
  const choose = useCallback((code: string) => onChange(code ? set(code) : unset()), [onChange])
  return (
    <Autocomplete<CountryChoice>
      id={elementProps.id}
      ref={elementProps.ref}
      onBlur={elementProps.onBlur}
      onFocus={elementProps.onFocus}
      options={options}
      onQueryChange={setQuery}
      value={value ?? ''}
      onChange={choose}
      filterOption={countryMatches}
      renderOption={renderOption}
      renderValue={renderValue}
      openButton={{ 'aria-label': bilingualTitle('Show the list', '显示列表') }}
      readOnly={readOnly}
      placeholder={bilingualTitle('Type a name or code: Italy, IT', '输入名称或代码：意大利、IT')}
    />
  )
}
