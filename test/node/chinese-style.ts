/**
 * The typography a Chinese government publisher uses, as the December 2026 language review
 * asks: full-width punctuation (，：；“”（）) and no space between Chinese and digits or Latin
 * words ("共7条", "自2016年起"). A `{{placeholder}}` counts as the digits or words it becomes;
 * a URL is left as it is written.
 */

const HALF_WIDTH_PUNCTUATION = /[,:;"'()!?]/
const SPACED = /\p{Script=Han}\s+[\p{Script=Latin}\d{]|[\p{Script=Latin}\d}]\s+\p{Script=Han}/u

/** What a Chinese text gets wrong in that style: none of it when it is right. */
export function chineseStyleProblems(text: string): string[] {
  const problems: string[] = []
  const prose = text.replace(/https?:\/\/\S+/g, 'URL')
  if (HALF_WIDTH_PUNCTUATION.test(prose)) problems.push(`half-width punctuation in “${text}”`)
  if (SPACED.test(prose)) problems.push(`a space between Chinese and digits or Latin words in “${text}”`)
  return problems
}
