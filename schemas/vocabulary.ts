/**
 * Fixed vocabularies of the content model: relationship kinds and topics.
 * Plain data, like `languages.ts`: the Studio builds its option lists from it
 * and the Worker builds its i18next label resources from it, so a code and its
 * labels are written once. Codes are stable; labels may be reworded freely.
 */
import type { LanguageId } from './languages'

type Labels = Readonly<Record<LanguageId, string>>

export const RELATIONSHIPS = {
  // What was signed or done, as the source says it: a friendship agreement is not a sister-city
  // designation (友好城市), which only some partners hold.
  'friendship-agreement': { en: 'Friendship agreement', zh: '友好交流关系协议', 'zh-hant': '友好交流關係協議' },
  'memorandum-of-understanding': { en: 'Memorandum of understanding', zh: '谅解备忘录', 'zh-hant': '諒解備忘錄' },
  'sister-city': { en: 'Sister city', zh: '友好城市（姐妹城市）', 'zh-hant': '友好城市（姐妹城市）' },
  'delegation-visit': { en: 'Delegation visit', zh: '代表团访问', 'zh-hant': '代表團訪問' },
  'cooperation-zone': { en: 'Cooperation zone', zh: '合作区', 'zh-hant': '合作區' },
  other: { en: 'Other', zh: '其他', 'zh-hant': '其他' },
} as const satisfies Record<string, Labels>

export type RelationshipCode = keyof typeof RELATIONSHIPS
export const RELATIONSHIP_CODES = Object.keys(RELATIONSHIPS) as RelationshipCode[]

export const TOPICS = {
  'big-data': { en: 'Big data', zh: '大数据', 'zh-hant': '大數據' },
  'high-technology': { en: 'High technology', zh: '高新技术', 'zh-hant': '高新技術' },
  technology: { en: 'Technology', zh: '科技', 'zh-hant': '科技' },
  manufacturing: { en: 'Manufacturing', zh: '制造业', 'zh-hant': '製造業' },
  education: { en: 'Education', zh: '教育', 'zh-hant': '教育' },
  culture: { en: 'Culture', zh: '文化', 'zh-hant': '文化' },
  tourism: { en: 'Tourism', zh: '旅游', 'zh-hant': '旅遊' },
  trade: { en: 'Trade', zh: '贸易', 'zh-hant': '貿易' },
  science: { en: 'Science', zh: '科学', 'zh-hant': '科學' },
  economy: { en: 'Economy', zh: '经济', 'zh-hant': '經濟' },
  agriculture: { en: 'Agriculture', zh: '农业', 'zh-hant': '農業' },
  environment: { en: 'Environmental protection', zh: '环境保护', 'zh-hant': '環境保護' },
  finance: { en: 'Finance', zh: '金融', 'zh-hant': '金融' },
} as const satisfies Record<string, Labels>

export type TopicCode = keyof typeof TOPICS
export const TOPIC_CODES = Object.keys(TOPICS) as TopicCode[]

/**
 * ISO 3166-1 alpha-2 country codes (the 249 officially assigned ones). Display
 * names come from `Intl.DisplayNames` in the reader's language, never from here.
 */
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const
export type CountryCode = (typeof COUNTRY_CODES)[number]

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value)
}
