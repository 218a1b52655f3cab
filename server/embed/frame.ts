/**
 * The widget as an `<iframe>` of `/embed`, on the host's side: the height to
 * write on the iframe so it shows its entries without any script, and
 * `/embed-frame.js`, the optional script a host page includes (a file of
 * ours, so a strict host allows it with `script-src` for our origin alone)
 * to size every such iframe to its content exactly.
 *
 * The iframe page (render/pages/embed.tsx) posts `{ type: EMBED_HEIGHT_MESSAGE,
 * height }` to its parent whenever its height changes, and again when the
 * parent asks with `{ type: EMBED_MEASURE_MESSAGE }` (a helper loaded after the
 * iframe has missed its first message). The helper trusts only messages from
 * our origin, from an iframe of ours, and sets the iframe's `height`
 * attribute, never `style`, which a strict `style-src` refuses.
 */
import { siteUrls } from '../../schemas/lib/site-urls'
import type { WidgetLayout } from './display-options'

/** The message the iframe page posts to its parent whenever its height changes. */
/**
 * The sandbox flags an iframe of `/embed` needs, for a partner who sandboxes it: its height script
 * runs (and `/embed-frame.js` sizes it: its messages come from an opaque origin, read as ours when
 * its window is one of our frames), its links open the partner's page (on a click) or a new tab
 * that is not sandboxed.
 */
export const EMBED_FRAME_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation'

export const EMBED_HEIGHT_MESSAGE = 'meeting-the-world:height'
/** The message a host's helper posts to an iframe page to have it report its height again. */
export const EMBED_MEASURE_MESSAGE = 'meeting-the-world:measure'

/**
 * Pixels an iframe of `limit` entries needs on a phone (a map, in an article column): the widget's
 * frame and links, then each entry, measured in Chromium at 16 px on a 360 px wide frame with the longest summaries the widget
 * shows, in English and Chinese (test/browser/iframe.test.ts checks it). The configurator writes it
 * as the iframe's `height`, so the widget shows its entries without the helper; a wider frame has
 * room to spare below them, a narrower one scrolls inside, never cuts.
 */
export function embedFrameHeight(limit: number, layout: WidgetLayout): number {
  // A map is as tall as it is wide, whatever the limit; the iframe page keeps it within the frame's height.
  if (layout === 'map') return EMBED_FRAME_SIZES.frame + EMBED_FRAME_SIZES.map
  const perEntry = layout === 'timeline' ? EMBED_FRAME_SIZES.timelineEntry : EMBED_FRAME_SIZES.listEntry
  return EMBED_FRAME_SIZES.frame + Math.max(1, limit) * perEntry
}

/**
 * The measurements behind `embedFrameHeight`, in CSS pixels, with a little room for a longer
 * title. At 360 px the seed's entries took 246–281 px for one, 670–736 for three, 1070–1174 for
 * five and about 1490–1560 for seven, in every language; a timeline's entry is a little taller.
 * A map is measured in an article column instead (640 px: the map drawn 606 px wide, 316 tall),
 * where it and its links took 383 px in English and 387 in Chinese; on a phone it leaves room below
 * (241 px), in a wider frame the iframe page keeps it within the height.
 */
export const EMBED_FRAME_SIZES = { frame: 64, listEntry: 224, timelineEntry: 232, map: 324 } as const

/**
 * `/embed-frame.js` for our `origin` (used when the script cannot tell where it was loaded from):
 * sizes every iframe of our `/embed` on the page, those added later too.
 */
export function renderEmbedFrameScript(origin: string): string {
  const path = new URL(siteUrls(origin).embedPage({ lang: 'en' })).pathname
  const config = JSON.stringify({ origin, path, height: EMBED_HEIGHT_MESSAGE, measure: EMBED_MEASURE_MESSAGE }).replace(/</g, '\\u003c')
  return `/*! Meeting the World: sizes the widget's iframes to their content. Usage: ${origin}/en/ */
(function (config) {
  var origin = config.origin;
  try {
    var script = document.currentScript;
    if (script && script.src) origin = new URL(script.src, location.href).origin;
  } catch (error) {}
  function ours(frame) {
    try {
      var url = new URL(frame.src, location.href);
      return url.origin === origin && url.pathname === config.path;
    } catch (error) {
      return false;
    }
  }
  addEventListener('message', function (event) {
    var data = event.data;
    // A sandboxed frame without allow-same-origin speaks from an opaque origin, "null": still ours when
    // its window is one of our frames, which the loop below checks.
    if ((event.origin !== origin && event.origin !== 'null') || !data || data.type !== config.height) return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && ours(frames[i])) frames[i].setAttribute('height', String(height));
    }
  });
  // Iframes that loaded before this script did have told their height already: ask again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    // To any origin: a sandboxed frame of ours has an opaque one; the request carries nothing.
    if (ours(frames[i]) && frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: config.measure }, '*');
  }
})(${config});
`
}
