/**
 * What a reader of a served page reads: each text node with the language it
 * is in (its nearest `lang`), read with workerd's own HTML parser
 * (HTMLRewriter), so the language review's rows can be checked on the pages as
 * served rather than on the strings they are built from.
 */

/** One text node of a page: its text, the `lang` it is in, and the element it is in. */
export interface PageText {
  text: string
  lang: string
  element: string
  /** The classes of the elements it is in, innermost last. */
  classes: string[]
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" }

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
}

/** Every text node of `html` that is not blank, in document order; scripts and styles are not text a reader reads. */
export async function pageText(html: string): Promise<PageText[]> {
  const open: { element: string; lang: string; classes: string[] }[] = [{ element: '#document', lang: '', classes: [] }]
  const texts: PageText[] = []
  let pending = ''
  await new HTMLRewriter()
    .on('*', {
      element(element) {
        if (VOID_ELEMENTS.has(element.tagName)) return
        const parent = open[open.length - 1]!
        const className = element.getAttribute('class')
        open.push({
          element: element.tagName,
          lang: element.getAttribute('lang') ?? parent.lang,
          classes: className ? [...parent.classes, ...className.split(/\s+/)] : parent.classes,
        })
        element.onEndTag(() => {
          open.pop()
        })
      },
    })
    .onDocument({
      text(chunk) {
        pending += chunk.text
        if (!chunk.lastInTextNode) return
        const { element, lang, classes } = open[open.length - 1]!
        const text = decode(pending).trim()
        pending = ''
        if (text && element !== 'script' && element !== 'style') texts.push({ text, lang, element, classes })
      },
    })
    .transform(new Response(html))
    .text()
  return texts
}

/** The text nodes a reader reads in Chinese (`lang` zh-Hans or zh-Hant), code and addresses aside. */
export async function chineseText(html: string): Promise<PageText[]> {
  return (await pageText(html)).filter((node) => node.lang.startsWith('zh') && node.element !== 'code')
}
