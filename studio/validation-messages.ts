/**
 * Sanity's own validation messages ("Slug is already in use", "Not a valid
 * URL" …) in Chinese, in the Studio's glossary (studio/locales/README.md):
 * under the Chinese interface they are Chinese (studio/locales/validation.ts),
 * and under the English one both languages, like the messages of our own
 * rules, so an editor who kept English, or whose browser prefers it, still
 * reads why a publish was stopped in Chinese. Keys and {{placeholders}} are
 * Sanity's (`validationLocaleStrings` in @sanity/validation); a test checks
 * that every message key Sanity has is covered here.
 */
import { defineLocaleResourceBundle } from 'sanity'
import { bilingualMessage } from '../schemas/lib/bilingual'

/** Each message: Sanity's English, and our Chinese. */
const VALIDATION_MESSAGES: Readonly<Record<string, readonly [english: string, chinese: string]>> = {
  'array.exact-length': ['Must have exactly {{wantedLength}} items', '必须正好有{{wantedLength}}项'],
  'array.exact-length_blocks': [
    'Must have exactly {{wantedLength}} blocks',
    '必须正好有{{wantedLength}}个段落',
  ],
  'array.item-duplicate': ["Can't be a duplicate", '不能重复'],
  'array.maximum-length': ['Must have at most {{maxLength}} items', '最多{{maxLength}}项'],
  'array.maximum-length_blocks': ['Must have at most {{maxLength}} blocks', '最多{{maxLength}}个段落'],
  'array.minimum-length': ['Must have at least {{minLength}} items', '至少{{minLength}}项'],
  'array.minimum-length_blocks': ['Must have at least {{minLength}} blocks', '至少{{minLength}}个段落'],
  'date.invalid-format': [
    'Must be a valid ISO-8601 formatted date string',
    '必须是有效的ISO 8601格式日期',
  ],
  'date.maximum': ['Must be at or before {{maxDate}}', '不能晚于{{maxDate}}'],
  'date.minimum': ['Must be at or after {{minDate}}', '不能早于{{minDate}}'],
  'generic.incorrect-type': [
    'Expected type "{{expectedType}}", got "{{actualType}}"',
    '类型应为“{{expectedType}}”，实际为“{{actualType}}”',
  ],
  'generic.not-allowed': ['Value did not match any allowed values', '该值不在允许的选项中'],
  'generic.not-allowed_hint': [
    'Value "{{hint}}" did not match any allowed values',
    '值“{{hint}}”不在允许的选项中',
  ],
  'generic.required': ['Required', '必填'],
  'number.greater-than': ['Must be greater than {{threshold}}', '必须大于{{threshold}}'],
  'number.less-than': ['Must be less than {{threshold}}', '必须小于{{threshold}}'],
  'number.maximum': ['Must be lower than or equal to {{maxNumber}}', '必须小于或等于{{maxNumber}}'],
  'number.maximum-precision': ['Max precision is {{limit}}', '最多{{limit}}位小数'],
  'number.minimum': ['Must be greater than or equal to {{minNumber}}', '必须大于或等于{{minNumber}}'],
  'number.non-integer': ['Must be an integer', '必须是整数'],
  'object.asset-required': ['Asset is required', '必须上传文件'],
  'object.asset-required_file': ['File is required', '必须上传文件'],
  'object.asset-required_image': ['Image is required', '必须上传图片'],
  'object.media-not-found': [
    'The asset could not be found in the Media Library',
    '在媒体库中找不到该文件',
  ],
  'object.not-media-library-asset': [
    'Must be a reference to a Media Library asset',
    '必须引用媒体库中的文件',
  ],
  'object.not-reference': ['Must be a reference to a document', '必须引用一个文档'],
  'object.reference-not-published': [
    'Referenced document must be published',
    '被引用的文档必须已发布',
  ],
  'slug.missing-current': ['Slug must have a value', '网址标识不能为空'],
  'slug.not-object': ['Slug must be an object', '网址标识格式不正确'],
  'slug.not-unique': ['Slug is already in use', '网址标识已被其他条目使用'],
  'string.email': ['Must be a valid email address', '必须是有效的电子邮件地址'],
  'string.exact-length': [
    'Must be exactly {{wantedLength}} characters long',
    '长度必须正好是{{wantedLength}}个字符',
  ],
  'string.lowercase': ['Must be all lowercase characters', '必须全部是小写字母'],
  'string.maximum-length': [
    'Must be at most {{maxLength}} characters long',
    '最多{{maxLength}}个字符',
  ],
  'string.minimum-length': [
    'Must be at least {{minLength}} characters long',
    '至少{{minLength}}个字符',
  ],
  'string.regex-does-not-match': ['Does not match "{{name}}"-pattern', '不符合“{{name}}”格式'],
  'string.regex-match': ['Should not match "{{name}}"-pattern', '不应符合“{{name}}”格式'],
  'string.uppercase': ['Must be all uppercase characters', '必须全部是大写字母'],
  'string.url.disallowed-scheme': [
    'Does not match allowed protocols/schemes',
    '网址协议不在允许范围内',
  ],
  'string.url.includes-credentials': ['Username/password not allowed', '网址中不能包含用户名或密码'],
  'string.url.invalid': ['Not a valid URL', '不是有效的网址'],
  'string.url.not-absolute': ['Relative URLs are not allowed', '不能使用相对网址'],
  'string.url.not-relative': ['Only relative URLs are allowed', '只能使用相对网址'],
}

const messagesIn = (write: (english: string, chinese: string) => string): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(VALIDATION_MESSAGES).map(([key, [english, chinese]]) => [key, write(english, chinese)]))

/** Under the English interface: `Slug is already in use / 网址标识已被其他条目使用`. */
export const BILINGUAL_VALIDATION_MESSAGES = messagesIn(bilingualMessage)

/** Under the Chinese interface: `网址标识已被其他条目使用`. */
export const CHINESE_VALIDATION_MESSAGES = messagesIn((_english, chinese) => chinese)

/** The bundle for the Studio's `i18n.bundles`: overrides Sanity's English validation messages. */
export const bilingualValidationBundle = defineLocaleResourceBundle({
  locale: 'en-US',
  namespace: 'validation',
  resources: BILINGUAL_VALIDATION_MESSAGES,
})
