/**
 * Simplified Chinese for Sanity's `copy-paste` namespace, over @sanity/locale-zh-hans 2.1.34's
 * src/copy-paste.ts: the keys it lacks against sanity 6.16.0, and its strings corrected to
 * the glossary and typography of ./README.md. The English each key translates is in its comment.
 */
import type { LocaleResourceRecord } from 'sanity'

const resources: LocaleResourceRecord = {
  // Missing from the package.
  /** Skipped read-only fields: {{fieldNames}} and {{count}} more */
  'copy-paste.on-paste.validation.read-only-fields-skipped-truncated.description': '已跳过只读字段：{{fieldNames}}及另外{{count}}个',
  /** Skipped read-only fields: {{fieldNames}} */
  'copy-paste.on-paste.validation.read-only-fields-skipped.description': '已跳过只读字段：{{fieldNames}}',
  // The package's translation in our typography: no space between Chinese and Latin or digits, full-width punctuation, glossary terms.
  /** Could not resolve schema type for path: {{path}} */
  'copy-paste.on-copy.validation.schema-type-incompatible.title': '无法解析路径：{{path}}的模式类型',
  /** Value of type "{{type}}" is not allowed in this array field */
  'copy-paste.on-paste.validation.array-type-incompatible.description': '类型为“{{type}}”的值不允许在此数组字段中',
  /** Value of type "{{type}}" is not allowed in this array field */
  'copy-paste.on-paste.validation.array-value-incompatible.description': '类型为“{{type}}”的值不允许在此数组字段中',
  /** A "{{sourceSchemaType}}" is not allowed in a "{{targetSchemaType}}" */
  'copy-paste.on-paste.validation.image-file-incompatible.description': '一个“{{sourceSchemaType}}”不允许在一个“{{targetSchemaType}}”',
  /** MIME type "{{mimeType}}" is not accepted for this field */
  'copy-paste.on-paste.validation.mime-type-incompatible.description': 'MIME类型“{{mimeType}}”不被此字段接受',
  /** MIME type validation failed */
  'copy-paste.on-paste.validation.mime-type-validation-failed.description': 'MIME类型验证失败',
  /** Value of type "{{type}}" is not allowed in this field */
  'copy-paste.on-paste.validation.primitive-type-incompatible.description': '类型为“{{type}}”的值不允许在此字段中',
  /** References of type "{{sourceReferenceType}}" is not allowed in reference field that accepts types "{{targetReferenceTypes}}" */
  'copy-paste.on-paste.validation.reference-type-incompatible.description': '类型为“{{sourceReferenceType}}”的引用不允许在接受类型为“{{targetReferenceTypes}}”的引用字段中',
  /** The referenced document "{{ref}}" does not exist */
  'copy-paste.on-paste.validation.reference-validation-failed.description': '引用的文档“{{ref}}”不存在',
  /** Could not resolve schema type for path: {{path}} */
  'copy-paste.on-paste.validation.schema-type-incompatible.title': '无法解析路径：{{path}}的模式类型',
  /** Value "{{value}}" is not allowed in "{{allowedStrings}}" */
  'copy-paste.on-paste.validation.string-value-incompatible.description': '值“{{value}}”不允许在“{{allowedStrings}}”中',
}

export default resources
