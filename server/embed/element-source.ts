/**
 * The source of the `<meeting-the-world>` custom element, as the browser runs
 * it: a function of the configuration that `/embed.js` writes after it (the
 * API origin, the interface strings of each language, the stylesheet, the
 * allowed option values). Plain ES2020 with no dependencies, kept as text so
 * no bundler can rewrite it; it is tested in Chromium (test/browser/).
 *
 * It renders in Shadow DOM from the JSON API, with `textContent` only (no
 * HTML from the API reaches the page), and never throws into the host page:
 * a value it cannot use falls back to its default, a failed request shows the
 * error state. No backticks or template placeholders in here: it lives in a
 * template literal.
 */
export const ELEMENT_SOURCE = String.raw`function (config) {
  'use strict';
  var NAME = 'meeting-the-world';
  if (typeof window === 'undefined' || !window.customElements || customElements.get(NAME)) return;

  // The API lives where this script came from, whatever page embeds it.
  var origin = config.origin;
  try {
    var script = document.currentScript;
    if (script && script.src) origin = new URL(script.src, location.href).origin;
  } catch (error) { /* keep the configured origin */ }

  /** en, en-*: English; zh, zh-CN, zh-Hans…: Chinese; Traditional-script tags and anything else: null. */
  function language(tag) {
    var parts = String(tag || '').trim().toLowerCase().split(/[-_]/);
    if (parts[0] === 'en') return 'en';
    if (parts[0] !== 'zh') return null;
    var traditional = parts.indexOf('hant') >= 0 ||
      (parts.some(function (part) { return part === 'tw' || part === 'hk' || part === 'mo'; }) && parts.indexOf('hans') < 0);
    return traditional ? null : 'zh';
  }

  function oneOf(allowed, value, fallback) {
    var normalized = String(value || '').trim().toLowerCase();
    return allowed.indexOf(normalized) >= 0 ? normalized : fallback;
  }

  var FILTERS = {
    city: /^[\p{L}\p{N}]+(?:[ '’.-]+[\p{L}\p{N}]+)*$/u,
    country: /^[A-Za-z]{2}$/,
    topic: /^[a-z]+(?:-[a-z]+)*$/i,
    year: /^\d{4}$/
  };

  function options(element) {
    var limit = Number(element.getAttribute('limit'));
    var chosen = {
      lang: language(element.getAttribute('lang')) || language(document.documentElement.lang) || 'en',
      limit: Math.floor(limit) === limit && limit >= config.limit.min && limit <= config.limit.max ? limit : config.limit.default,
      theme: oneOf(config.themes, element.getAttribute('theme'), config.themes[0]),
      layout: oneOf(config.layouts, element.getAttribute('layout'), config.layouts[0]),
      filters: {}
    };
    Object.keys(FILTERS).forEach(function (name) {
      var value = String(element.getAttribute(name) || '').trim();
      if (value && value.length <= 100 && FILTERS[name].test(value)) {
        chosen.filters[name] = name === 'country' ? value.toUpperCase() : value.toLowerCase();
      }
    });
    return chosen;
  }

  // East Asian Wide and Fullwidth characters (and emoji) take two columns.
  var WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F1E6}-\u{1F1FF}\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
  var segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

  function graphemes(text) {
    return segmenter ? Array.from(segmenter.segment(text), function (part) { return part.segment; }) : Array.from(text);
  }

  function displayWidth(text) {
    return graphemes(text).reduce(function (sum, grapheme) { return sum + (WIDE.test(grapheme) ? 2 : 1); }, 0);
  }

  /** At most max columns, cut between graphemes, with an ellipsis when cut. */
  function truncate(text, max) {
    if (displayWidth(text) <= max) return text;
    var parts = graphemes(text), kept = '', used = 0;
    for (var i = 0; i < parts.length; i++) {
      var width = WIDE.test(parts[i]) ? 2 : 1;
      if (used + width > max - 1) break;
      kept += parts[i];
      used += width;
    }
    return kept.replace(/[\s,.;:，。；：、]+$/u, '') + '…';
  }

  function h(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (attributes[name] !== null && attributes[name] !== undefined) node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) { if (child !== null && child !== undefined) node.append(child); });
    return node;
  }

  function search(params) {
    var query = new URLSearchParams();
    Object.keys(params).forEach(function (name) { query.set(name, params[name]); });
    var text = query.toString();
    return text ? '?' + text : '';
  }

  /** The entries; when the API refuses the filters (an unknown city…), every entry instead. */
  function fetchEntries(chosen) {
    function get(filters) {
      var params = Object.assign({ lang: chosen.lang, limit: String(chosen.limit) }, filters);
      return fetch(origin + '/api/v1/entries' + search(params), { headers: { Accept: 'application/json' }, credentials: 'omit' })
        .then(function (response) {
          if (response.status === 400 && Object.keys(filters).length) return get({});
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json().then(function (body) { return { body: body, filters: filters }; });
        });
    }
    return get(chosen.filters);
  }

  function moreLinks(chosen, strings, filters) {
    var query = search(filters);
    return h('p', { 'class': 'more' }, [
      h('a', { href: origin + '/' + chosen.lang + '/' + query }, [strings.all]),
      h('a', { href: origin + '/' + chosen.lang + '/atom.xml' + query, type: 'application/atom+xml' }, [strings.feed])
    ]);
  }

  function entryItem(item, strings) {
    var fellBack = (item.fallback && item.fallback.fields) || [];
    var otherTag = item.fallback && item.fallback.language;
    var country = item.country && item.country.name;
    return h('li', null, [
      h('p', { 'class': 'meta' }, [
        h('time', { datetime: item.date && item.date.value }, [item.date ? item.date.display : '']),
        ' · ',
        h('span', { lang: fellBack.indexOf('city') >= 0 ? otherTag : null }, [item.city || '']),
        country ? strings.placeSeparator + country : null
      ]),
      h('p', { 'class': 'title' }, [h('a', { href: item.links && item.links.page }, [item.title || ''])]),
      item.summary
        ? h('p', { 'class': 'summary', lang: fellBack.indexOf('summary') >= 0 ? otherTag : null }, [truncate(item.summary, config.summaryWidth)])
        : null
    ]);
  }

  class MeetingTheWorld extends HTMLElement {
    static get observedAttributes() { return ['lang', 'city', 'country', 'topic', 'year', 'limit', 'theme', 'layout']; }

    constructor() {
      super();
      this._run = 0;
      this._queued = false;
    }

    connectedCallback() { this._schedule(); }

    attributeChangedCallback() { if (this.isConnected) this._schedule(); }

    /** Several attribute changes in a row make one request. */
    _schedule() {
      var self = this;
      if (this._queued) return;
      this._queued = true;
      Promise.resolve().then(function () {
        self._queued = false;
        try { self._load(); } catch (error) { if (window.console) console.warn(NAME, error); }
      });
    }

    _load() {
      var run = ++this._run, self = this;
      var chosen = options(this);
      var strings = config.strings[chosen.lang];
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      var style = h('style', null, [':host{display:block}:host([hidden]){display:none}\n' + config.style]);
      var box = h('section', {
        'class': 'mtw ' + chosen.theme + ' ' + chosen.layout,
        lang: config.tags[chosen.lang],
        'aria-label': strings.label,
        'aria-busy': 'true',
        'data-state': 'loading',
        part: 'container'
      });
      var status = h('p', { 'class': 'status', role: 'status' }, [strings.loading]);
      box.append(status);
      root.replaceChildren(style, box);
      fetchEntries(chosen).then(function (result) {
        if (run !== self._run) return;
        var items = (result.body && result.body.items) || [];
        box.removeAttribute('aria-busy');
        if (!items.length) {
          status.textContent = strings.empty;
          box.setAttribute('data-state', 'empty');
        } else {
          status.remove();
          box.append(h('ol', null, items.map(function (item) { return entryItem(item, strings); })));
          box.setAttribute('data-state', 'ready');
        }
        box.append(moreLinks(chosen, strings, result.filters));
      }).catch(function () {
        if (run !== self._run) return;
        box.removeAttribute('aria-busy');
        status.textContent = strings.error;
        box.setAttribute('data-state', 'error');
        box.append(moreLinks(chosen, strings, chosen.filters));
      });
    }
  }

  /** For tests and curious developers: how summaries are measured and cut. */
  MeetingTheWorld.truncate = truncate;
  MeetingTheWorld.displayWidth = displayWidth;
  customElements.define(NAME, MeetingTheWorld);
}`
