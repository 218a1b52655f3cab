/**
 * Simplified Chinese for Sanity's `validation` namespace: the messages of
 * ../validation-messages.ts (网址标识, 文档 … as the glossary of ./README.md
 * has them) in place of @sanity/locale-zh-hans 2.1.34's src/validation.ts,
 * which calls a slug "Slug" and spaces its numbers ("最多只能有 96 个项目").
 * The package's panel strings (验证, 没有验证错误 …) stay.
 */
import type { LocaleResourceRecord } from 'sanity'
import { CHINESE_VALIDATION_MESSAGES } from '../validation-messages'

const resources: LocaleResourceRecord = { ...CHINESE_VALIDATION_MESSAGES }

export default resources
