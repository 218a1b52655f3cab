/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * The interface-language switch at the end of the Studio's navbar. Sanity 6.16
 * dropped the language section of its user menu (its LocaleMenu renders
 * nothing), so an editor could only change language by changing the
 * browser's; this button offers the other interface language, named in that
 * language ("English (US)", "简体中文"), and keeps the choice as Sanity's own
 * menu did (`changeLocale`: per project and workspace, in localStorage).
 */
import { Box, Button, Flex } from '@sanity/ui'
import { useLocale, type NavbarProps } from 'sanity'
import { bilingualTitle } from '../../schemas/lib/bilingual'

/** The navbar as Sanity draws it, then the switch. */
export function NavbarWithLanguageSwitch(props: NavbarProps) {
  const { currentLocale, locales, changeLocale } = useLocale()
  const other = locales.find(({ id }) => id !== currentLocale.id)
  return (
    <Flex align="center">
      <Box flex={1}>{props.renderDefault(props)}</Box>
      {other && (
        <Box paddingX={2}>
          <Button
            data-testid="interface-language-switch"
            mode="bleed"
            text={other.title}
            title={bilingualTitle('Interface language', '界面语言')}
            lang={other.id}
            onClick={() => void changeLocale(other.id)}
          />
        </Box>
      )}
    </Flex>
  )
}
