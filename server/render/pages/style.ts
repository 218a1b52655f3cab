/**
 * The reader pages' stylesheet, inlined in each page (one request, no flash):
 * system fonts, a single readable column that works on a phone, colours that
 * keep WCAG AA contrast in light and dark schemes. Text in Chinese takes a
 * Chinese font first (Simplified or Traditional glyphs by its `lang`), so that
 * the quotation marks and ellipsis it shares with Latin text (“” ‘’ …) draw
 * full-width, and a taller line (1.75); English keeps the Latin fonts first.
 * Headings balance their lines rather than leave one character alone.
 * The maps (render/pages/map.tsx) take their colours from the same variables:
 * their SVG carries classes, never inline styles, which the CSP refuses.
 */
import { FONT_FAMILIES, MAP_COLOURS, mapRules } from '../../embed/style'

export const PAGE_STYLE = `
:root{color-scheme:light dark;--bg:#fdfdfb;--fg:#1c1c1c;--muted:#4a4a4a;--link:#0b4f8a;--line:#d6d6d0;--panel:#f1f0ea;--accent:#8a2b0b;--sea:${MAP_COLOURS.light.sea};--land:${MAP_COLOURS.light.land};
--latin:${FONT_FAMILIES.latin};--hans:${FONT_FAMILIES.simplified};--hant:${FONT_FAMILIES.traditional};
font-family:var(--latin),var(--hans),sans-serif;line-height:1.6}
[lang]:lang(en){font-family:var(--latin),var(--hans),sans-serif}
[lang]:lang(zh){font-family:var(--hans),var(--latin),sans-serif}
[lang]:lang(zh-Hant){font-family:var(--hant),var(--latin),sans-serif}
html:lang(zh){line-height:1.75}
@media (prefers-color-scheme:dark){:root{--bg:#161615;--fg:#ecebe6;--muted:#c2c0b8;--link:#8cc4ff;--line:#3b3a36;--panel:#22211f;--accent:#ffb38f;--sea:${MAP_COLOURS.dark.sea};--land:${MAP_COLOURS.dark.land}}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg)}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:var(--bg);padding:.5rem 1rem;z-index:1}
.skip:focus{left:1rem}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;justify-content:space-between;border-bottom:1px solid var(--line)}
.site{font-weight:700;font-size:1.1rem;color:var(--fg);text-decoration:none}
nav ul,.facets ul,.readers{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
h1,h2,h3{text-wrap:balance}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.lede,.meta,.count{color:var(--muted)}
.entries{list-style:none;margin:0;padding:0}
.entries li{border-top:1px solid var(--line);padding:1rem 0}
.entries h3{font-size:1.1rem;margin:.25rem 0}
.meta{font-size:.9rem;margin:0}
details,.panel{background:var(--panel);border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
summary{cursor:pointer;font-weight:600}
.facets dt{font-weight:600;margin-top:.5rem}
.facets dd{margin:0}
[aria-current]{font-weight:700;color:var(--fg)}
.feeds{margin:0;padding:0;list-style:none}
.feeds li{margin:.5rem 0}
.feeds label{display:block}
.panel h3{font-size:1rem;margin:1rem 0 .25rem}
.feeds input{width:100%;font:inherit;font-size:.85rem;padding:.25rem;background:var(--bg);color:var(--fg);border:1px solid var(--line)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
footer{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
.map{margin:1rem 0}
/* The world map is wider than the column where the screen allows (64rem), centred on it; half a rem spare for a scrollbar. */
.map-world-map{margin-inline:calc(50% - min(32rem, 50vw - 1.5rem))}
/* On a phone the world map keeps a readable size (labels about 12 px) and scrolls sideways within its figure, not the page. */
.map-world-map{overflow-x:auto}
.map-world-map svg{min-width:44rem}
.map-locator{max-width:24rem}
${mapRules('.map', (name) => `var(--${name})`)}
.map a:focus-visible{outline:3px solid var(--accent);outline-offset:1px}
.timeline ol{list-style:none;margin:0;padding:0 0 0 1rem;border-left:2px solid var(--line)}
.timeline ol>li{position:relative;padding:.25rem 0 .5rem .5rem}
.timeline ol>li::before{content:"";position:absolute;left:calc(-1rem - .35rem - 1px);top:.75rem;width:.7rem;height:.7rem;border-radius:50%;background:var(--accent)}
.timeline time{font-weight:700;margin-right:.75rem}
.timeline ul{list-style:none;margin:0;padding:0;display:inline-flex;flex-wrap:wrap;gap:0 .75rem}
`
