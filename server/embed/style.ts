/**
 * The widget's stylesheet, shared by the web component (inside its Shadow DOM)
 * and the iframe page, so both forms look the same. Partner sites restyle it
 * with CSS custom properties set on the element or the iframe page's parent:
 * `--mtw-font`, `--mtw-font-size`, `--mtw-color`, `--mtw-background`,
 * `--mtw-link`, `--mtw-muted`, `--mtw-border`, `--mtw-accent`, `--mtw-radius`, and for the map
 * `--mtw-sea` and `--mtw-land`.
 * Themes (`light`, `dark`, `auto`) only change the defaults behind them.
 *
 * Chinese text, and only Chinese text (`:lang(zh)`, on the widget or on a
 * field that fell back), is set in a CJK font first, so that “” and … are
 * drawn as full-width Chinese punctuation rather than narrow Latin glyphs,
 * with the looser line height Chinese needs (language review rows 25 and 27).
 *
 * Every length is in `em`, so the widget is as large as its own font size: 16px by default, the
 * `font-size` a host sets on the element, or `--mtw-font-size`, never the host page's root size.
 */
import { MAP_SIZES } from '../map/projection'

/** The maps' own colours in each scheme: the reader pages' and the widget's. */
export const MAP_COLOURS = { light: { sea: '#e4ecf0', land: '#d6d3c7' }, dark: { sea: '#1a2125', land: '#3f3d37' } } as const

/** The colours a map's rules use, each named as the pages name their custom properties. */
type MapColour = 'sea' | 'land' | 'accent' | 'muted' | 'bg' | 'fg' | 'link'

/**
 * The maps' rules, the pages' (render/pages/style.ts) and the widget's: `scope` selects the map's
 * figure, `colour` says how each colour is read there. Widths of text halos and focus rings are in
 * ems of the labels, so a map reads the same with the pages' labels and the widget's larger ones.
 */
export function mapRules(scope: string, colour: (name: MapColour) => string): string {
  return `${scope} svg{display:block;width:100%;height:auto}
${scope} .sea{fill:${colour('sea')}}
${scope} .land{fill:${colour('land')}}
${scope} .arc{fill:none;stroke:${colour('accent')};stroke-width:1.5;stroke-opacity:.6}
${scope} .leader{stroke:${colour('muted')};stroke-width:1}
${scope} circle{fill:${colour('accent')};stroke:${colour('bg')};stroke-width:1.5}
${scope} .home circle{fill:${colour('fg')}}
${scope} text{fill:${colour('fg')};paint-order:stroke;stroke:${colour('bg')};stroke-width:.2em;stroke-linejoin:round}
${scope} .home text{font-weight:700}
${scope} a text{fill:${colour('link')}}
${scope} a:focus-visible text,${scope} a:hover text{text-decoration:underline}
${scope} a:focus-visible circle{stroke:${colour('accent')};stroke-width:.2em}`
}

/** The widget's custom property for each of the maps' colours, over its theme's default. */
const WIDGET_PROPERTIES: Record<MapColour, string> = { sea: 'sea', land: 'land', accent: 'accent', muted: 'muted', bg: 'background', fg: 'color', link: 'link' }

const DARK = `--_bg:#1b1b1a;--_fg:#eeede8;--_muted:#c2c0b8;--_link:#8cc4ff;--_line:#3b3a36;--_accent:#ffb38f;--_sea:${MAP_COLOURS.dark.sea};--_land:${MAP_COLOURS.dark.land}`

/**
 * The fonts of each script, without the generic family: the one list the widget and the reader
 * pages (render/pages/style.ts) set text in. Each stack puts its own script's fonts first and
 * the other's after them, then `sans-serif`.
 */
export const FONT_FAMILIES = {
  latin: 'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans"',
  simplified: '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei"',
  traditional: '"Noto Sans CJK TC","Source Han Sans TC","PingFang TC","Microsoft JhengHei"',
} as const

export const WIDGET_STYLE = `.mtw{--_bg:#fff;--_fg:#1c1c1c;--_muted:#555;--_link:#0b4f8a;--_line:#d6d6d0;--_accent:#8a2b0b;--_sea:${MAP_COLOURS.light.sea};--_land:${MAP_COLOURS.light.land};\
--_latin:${FONT_FAMILIES.latin};--_hans:${FONT_FAMILIES.simplified};--_hant:${FONT_FAMILIES.traditional};\
font-size:var(--mtw-font-size,1em);line-height:1.5;color:var(--mtw-color,var(--_fg));background:var(--mtw-background,var(--_bg));\
border:1px solid var(--mtw-border,var(--_line));border-radius:var(--mtw-radius,.5em);padding:1em;box-sizing:border-box}
.mtw,.mtw [lang]{font-family:var(--mtw-font,var(--_latin),var(--_hans),sans-serif)}
.mtw:lang(zh),.mtw [lang]:lang(zh){font-family:var(--mtw-font,var(--_hans),var(--_latin),sans-serif)}
.mtw:lang(zh-Hant),.mtw [lang]:lang(zh-Hant){font-family:var(--mtw-font,var(--_hant),var(--_latin),sans-serif)}
.mtw:lang(zh){line-height:1.75}
.mtw.dark{color-scheme:dark;${DARK}}
@media (prefers-color-scheme:dark){.mtw.auto{color-scheme:dark;${DARK}}}
.mtw a{color:var(--mtw-link,var(--_link));text-underline-offset:.15em}
.mtw a:focus-visible{outline:2px solid var(--mtw-accent,var(--_accent));outline-offset:2px;border-radius:2px}
.mtw ol{list-style:none;margin:0;padding:0}
.mtw li{padding:.5em 0;border-top:1px solid var(--mtw-border,var(--_line))}
.mtw li:first-child{border-top:0;padding-top:0}
.mtw p{margin:0}
.mtw .meta,.mtw .status{color:var(--mtw-muted,var(--_muted));font-size:.875em}
.mtw .title{font-weight:600;margin:.125em 0}
.mtw .summary{margin-top:.25em}
.mtw .more{margin-top:.857em;display:flex;flex-wrap:wrap;gap:.286em 1.143em;font-size:.875em}
.mtw.timeline ol{border-left:2px solid var(--mtw-accent,var(--_accent));margin-left:.375em;padding-left:1em}
.mtw.timeline li{position:relative;border-top:0;padding:0 0 .75em}
.mtw.timeline li::before{content:"";position:absolute;left:calc(-1em - 7px);top:.4em;width:12px;height:12px;border-radius:50%;background:var(--mtw-accent,var(--_accent))}
.mtw.timeline .meta time{font-weight:700;color:var(--mtw-color,var(--_fg))}
.mtw .map{margin:0}
${mapRules('.mtw .map', (name) => `var(--mtw-${WIDGET_PROPERTIES[name]},var(--_${name}))`)}`


/**
 * The element's own rules, around the widget's stylesheet in its shadow root (element.ts): the
 * host's inherited text properties reset (`all: initial`: alignment, letter and word spacing, line
 * height, text transform, font size…; custom properties still inherit, so `--mtw-*` apply), and
 * the placeholder entries (`.skeleton`) that hold the widget's height while its entries load, so
 * the host's layout does not jump when they arrive (for a map, the world map's proportions as
 * built, server/map/build.ts).
 */
export const ELEMENT_STYLE = `:host{all:initial;display:block}:host([hidden]){display:none}
.mtw .skeleton li{color:var(--mtw-muted,var(--_muted))}
.mtw .skeleton i{display:inline-block;vertical-align:middle;width:60%;height:.75em;border-radius:.25em;background:currentColor;opacity:.15}
.mtw .skeleton .meta i{width:12em;max-width:40%}
.mtw .skeleton .summary i{width:100%}
.mtw .skeleton .summary i+i{width:70%}
.mtw .skeleton.map i{display:block;width:100%;height:auto;aspect-ratio:${MAP_SIZES.world.width}/${MAP_SIZES.world.height};border-radius:0}
${WIDGET_STYLE}`
