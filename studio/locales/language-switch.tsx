/** @jsxImportSource react */
// React, not the Worker's hono/jsx that tsconfig.json sets for server pages: test programs type-check both.
/**
 * The interface-language switch in the Studio's navbar. Sanity 6.16
 * dropped the language section of its user menu (its LocaleMenu renders
 * nothing), so an editor could only change language by changing the
 * browser's; this button offers the other interface language, named in that
 * language ("English (US)", "简体中文"), and keeps the choice as Sanity's own
 * menu did (`changeLocale`: per project and workspace, in localStorage).
 *
 * It is one of the navbar's own actions (`__internal_actions`, as Sanity's
 * Tasks adds its button), so Sanity draws it inside the navbar, before the
 * user menu on a wide screen and in the menu drawer on a narrow one.
 */
import { Button } from '@sanity/ui'
import { useLocale, type NavbarProps } from 'sanity'
import { bilingualTitle } from '../../schemas/lib/bilingual'

/** The switch's name for a screen reader and its tooltip, in both languages as it offers either. */
const SWITCH_TITLE = bilingualTitle('Interface language', '界面语言')

/** The navbar as Sanity draws it, with the switch among its actions. */
export function NavbarWithLanguageSwitch(props: NavbarProps) {
  const { currentLocale, locales, changeLocale } = useLocale()
  const other = locales.find(({ id }) => id !== currentLocale.id)
  if (!other) return props.renderDefault(props)
  const change = () => void changeLocale(other.id)
  return props.renderDefault({
    ...props,
    __internal_actions: [
      ...(props.__internal_actions ?? []),
      {
        location: 'topbar',
        name: 'interface-language-topbar',
        render: () => (
          <Button data-testid="interface-language-switch" mode="bleed" text={other.title} title={SWITCH_TITLE} lang={other.id} onClick={change} />
        ),
      },
      { location: 'sidebar', name: 'interface-language-sidebar', title: other.title, selected: false, onAction: change },
    ],
  })
}
