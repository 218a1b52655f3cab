/**
 * The one XML writer every feed and subscription list goes through
 * (server/render/xml.ts): what it writes parses as strict XML whatever text
 * it is given, an element with nothing in it closes itself, and a renderer
 * that forgets to close an element fails loudly instead of serving a cut-off
 * document.
 */
import { describe, expect, it } from 'vitest'
import { WrittenAttributes, WrittenAttributesByKey, WrittenElements, XmlWriter } from '../../server/render/xml'
import { parseStrictXml } from './feed-readers'

describe('XmlWriter', () => {
  it('writes nested elements one to a line, text inline, and an element with nothing in it as <name/>', () => {
    const document = new XmlWriter()
      .open('feed', { 'xml:lang': 'zh-Hans', empty: null })
      .text('title', '走向世界')
      .empty('link', { rel: 'self', href: 'https://example.org/zh/atom.xml?a=1&b=2' })
      .open('entry')
      .close()
      .close()
      .document()
    expect(document).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xml:lang="zh-Hans">',
        '  <title>走向世界</title>',
        '  <link rel="self" href="https://example.org/zh/atom.xml?a=1&#x26;b=2"/>',
        '  <entry/>',
        '</feed>',
        '',
      ].join('\n'),
    )
  })

  it('keeps hostile text well-formed: forbidden characters dropped, markup and line breaks in attributes escaped', () => {
    const hostile = 'Tom & Jerry <b>"hi"</b> ]]>\u0008\uFFFE lone\uD800 🌏\r\nnext\tline'
    const document = new XmlWriter().open('root', { title: hostile }).text('text', hostile).close().document()
    expect(document).toContain('<text>Tom &#x26; Jerry &#x3C;b&#x3E;"hi"&#x3C;/b&#x3E; ]]&#x3E; lone 🌏&#xD;\nnext\tline</text>')
    expect(document).toContain('title="Tom &#x26; Jerry &#x3C;b&#x3E;&#x22;hi&#x22;&#x3C;/b&#x3E; ]]&#x3E; lone 🌏&#xD;&#xA;next&#x9;line"')
    expect(() => parseStrictXml(document)).not.toThrow()
  })

  it('writes an HTML body as a CDATA section that parses back to the body, whatever it holds', () => {
    const body = '<p>Tom &amp; Jerry</p> ]]> ]]]> x]]'
    const document = new XmlWriter().open('root').cdata('content', body, { type: 'html', title: '<b>&</b>' }).close().document()
    // The body as it is, `]]>` split across two sections; attributes escaped as for any element.
    expect(document).toContain('<content type="html" title="&#x3C;b&#x3E;&#x26;&#x3C;/b&#x3E;"><![CDATA[<p>Tom &amp; Jerry</p> ]]]]><![CDATA[> ]]]]]><![CDATA[> x]]]]></content>')
    expect(parseStrictXml(document).children[0]?.text).toBe(body)
  })

  it('keeps a CDATA body well-formed: forbidden characters dropped, returns kept, emoji and pairs intact', () => {
    const hostile = '<p>a\u0000\u0008\u000B\uFFFE]]\u0001> lone\uD800 low\uDC00 🌏 👨‍👩‍👧\r\nnext\rline</p>'
    const document = new XmlWriter().open('root').cdata('content', hostile).text('title', hostile).close().document()
    const [content, title] = parseStrictXml(document).children
    expect(content?.text).toBe('<p>a]]> lone low 🌏 👨‍👩‍👧\r\nnext\rline</p>')
    // Titles stay escaped text, read as the same characters.
    expect(document).toContain('<title>&#x3C;p&#x3E;a]]&#x3E; lone low 🌏 👨‍👩‍👧&#xD;\nnext&#xD;line&#x3C;/p&#x3E;</title>')
    expect(title?.text).toBe(content?.text)
  })

  it('treats a Latin-1 body like any other: a control dropped, a return kept, `]]>` split', () => {
    const body = 'caf\u00E9\u0008 a\r\nb ]]> c\td'
    const document = new XmlWriter().open('root').cdata('content', body).close().document()
    expect(document).toContain('<content><![CDATA[café a]]>&#xD;<![CDATA[\nb ]]]]><![CDATA[> c\td]]></content>')
    expect(parseStrictXml(document).children[0]?.text).toBe('café a\r\nb ]]> c\td')
  })

  it('finds any control in a long Latin-1 body or title, wherever it is: dropped, or kept as a tab, newline or return', () => {
    // Over 1,000 characters: the length from which a Latin-1 text is searched for each control in turn.
    const long = 'Caf\u00E9 in Vicenza & <b>"the friendship city"</b>; '.repeat(25)
    for (let code = 0; code < 0x20; code++) {
      const body = `${long}${String.fromCharCode(code)}end`
      const document = new XmlWriter().open('root').cdata('content', body).text('title', body).close().document()
      const [content, title] = parseStrictXml(document).children
      const shown = code === 0x09 || code === 0x0a || code === 0x0d ? body : `${long}end`
      expect(content?.text).toBe(shown)
      expect(title?.text).toBe(shown)
    }
  })

  it('writes an element every item repeats exactly as it writes it for one item, whatever its text', () => {
    const hostile = 'Tom & "Jerry" <b>\u0008 ]]> 贵阳\r\n'
    const domain = 'https://example.org/topics?a=1&b=2'
    const categories = new WrittenElements('category', { domain })
    const creator = new WrittenElements('dc:creator')
    const dc = { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }
    const repeated = new XmlWriter().open('root', dc).repeated(categories, hostile).repeated(categories, 'plain').repeated(categories, hostile).repeated(creator, hostile).close().document()
    const direct = new XmlWriter().open('root', dc).text('category', hostile, { domain }).text('category', 'plain', { domain }).text('category', hostile, { domain }).text('dc:creator', hostile).close().document()
    expect(repeated).toBe(direct)
    expect(parseStrictXml(repeated).children.map((child) => child.text)).toEqual(['Tom & "Jerry" <b> ]]> 贵阳\r\n', 'plain', 'Tom & "Jerry" <b> ]]> 贵阳\r\n', 'Tom & "Jerry" <b> ]]> 贵阳\r\n'])
  })

  it('writes attributes written once for a whole feed exactly as it writes them for one element, the changing ones after', () => {
    const attributes = { rel: 'related', title: 'Tom & "Jerry"\u0008', empty: null }
    const byKey = new WrittenAttributesByKey()
    const once = byKey.get('tom', attributes)
    expect(byKey.get('tom', { rel: 'ignored: the key decides' })).toBe(once)
    const href = 'https://example.org/?a=1&b=2'
    const written = new XmlWriter().open('root').empty('link', once.and({ href })).empty('link', { ...attributes, href }).text('t', 'x', new WrittenAttributes(attributes)).close().document()
    const [first, second, third] = parseStrictXml(written).children
    expect(written).toContain('<link rel="related" title="Tom &#x26; &#x22;Jerry&#x22;" href="https://example.org/?a=1&#x26;b=2"/>\n  <link rel="related" title="Tom &#x26; &#x22;Jerry&#x22;" href="https://example.org/?a=1&#x26;b=2"/>')
    expect(first?.attributes).toEqual({ rel: 'related', title: 'Tom & "Jerry"', href })
    expect(second?.attributes).toEqual(first?.attributes)
    expect(third?.attributes).toEqual({ rel: 'related', title: 'Tom & "Jerry"' })
  })

  it('writes an empty body as an empty element, not an empty section', () => {
    expect(new XmlWriter().open('root').cdata('content', '').close().document()).toContain('<content></content>')
  })

  it('refuses to finish a document with an element left open, or to close one never opened', () => {
    expect(() => new XmlWriter().open('rss').open('channel').close().document()).toThrow(/<rss> left open/)
    expect(() => new XmlWriter().close()).toThrow(/nothing to close/)
  })
})
