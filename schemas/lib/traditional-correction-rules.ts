/**
 * The rules of the settings' *Traditional Chinese corrections*, beyond both
 * halves being required: a Simplified text is corrected once (the Worker
 * would keep only one of two), and a correction that writes the Simplified
 * text again is questioned: it keeps that text unconverted, which is right
 * only for a name OpenCC would change (the surname 于 becomes 於).
 * Imports only types from 'sanity'.
 */
import type { CustomValidator } from 'sanity'
import { bilingualMessage } from './bilingual'

interface CorrectionItem {
  _key?: string
  simplified?: unknown
  traditional?: unknown
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The `_key` of the list item a field's path is in: `traditionalCorrections[_key=="…"].simplified`. */
function itemKey(path: readonly unknown[] | undefined): string | undefined {
  const segment = path?.at(-2)
  return typeof segment === 'object' && segment !== null && '_key' in segment ? String(segment._key) : undefined
}

/** A Simplified text already corrected higher up the list is reported on the later item. */
export const correctedOnce: CustomValidator<string | undefined> = (value, context) => {
  const simplified = trimmed(value)
  if (!simplified) return true
  const items = ((context.document as { traditionalCorrections?: unknown } | undefined)?.traditionalCorrections ?? []) as CorrectionItem[]
  const key = itemKey(context.path)
  const own = items.findIndex((item) => item?._key === key)
  const first = items.findIndex((item) => trimmed(item?.simplified) === simplified)
  return (
    own === -1 ||
    first === own || {
      message: bilingualMessage(
        `“${simplified}” is corrected above already: keep one correction of it`,
        `“${simplified}”已在上方修正，请只保留一条`,
      ),
    }
  )
}

/** A correction whose Traditional text is its Simplified text keeps it unconverted: a warning (`.warning()` on the rule), since a name may need it. */
export const changesTheText: CustomValidator<string | undefined> = (value, context) => {
  const traditional = trimmed(value)
  const simplified = trimmed((context.parent as CorrectionItem | undefined)?.simplified)
  return (
    !traditional ||
    traditional !== simplified || {
      message: bilingualMessage(
        'The same as the Simplified text: the Traditional edition will leave it unconverted, right only for a name OpenCC changes (the surname 于 becomes 於)',
        '与简体相同：繁体版将不转换此处，仅适用于OpenCC会改错的人名（姓氏“于”会被转为“於”）',
      ),
    }
  )
}
