/*! Sciatica self-check embed loader, contract v1 (README "Embed it", CHANGELOG.md). */
// Usage: <div data-sciatica-check data-lang="zh-CN"></div> or <sciatica-check lang="en"></sciatica-check>,
// then <script src="https://WIDGET-HOST/PATH/embed.js" async></script>. Puts one iframe of the
// widget (from this script's own folder) into each and keeps its height to what the widget says.
// It sends the widget nothing but the settings in the iframe's address, and accepts two messages
// from its own iframe only: the (coarse) height and "bring my top into view".
// The build strips these comments from the shipped copy (src/web/postbuild.mjs).
(function () {
  'use strict';
  var PREFIX = '[sciatica-check] ';
  var script = document.currentScript;
  if (!script || !script.src) {
    console.warn(PREFIX + 'load embed.js with <script src>');
    return;
  }
  var widgetFolder = new URL('./', script.src);
  var widgetOrigin = widgetFolder.origin;
  var TYPE = 'sciatica-check:';
  var LANGS = { 'zh-cn': 'zh-CN', 'zh-hant': 'zh-Hant', en: 'en' };
  var TITLES = { 'zh-CN': '坐骨神经痛自查', 'zh-Hant': '坐骨神經痛自我檢查', en: 'Sciatica self-check' };

  // The widget's own rule (src/platform/config.rs; tests/cases/booking.json checks both agree):
  // https://, an ASCII host name (punycode for other scripts), an optional port, then printable
  // ASCII without " < > \ `; at most 2048 characters. No user@ part fits in it.
  var LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
  var BOOKING = new RegExp('^https://' + LABEL + '(\\.' + LABEL + ')*(:[0-9]{1,5})?([/?#][!#-;=?-[\\]-_a-~]*)?$');
  function https(value) {
    return value.length <= 2048 && BOOKING.test(value) ? value : null;
  }
  function oneOf(pattern) {
    return function (value) {
      return pattern.test(value) ? value : null;
    };
  }
  // [setting, validator returning the value to pass on (or null), what a valid value looks like]
  var SETTINGS = [
    ['lang', function (value) { return LANGS[value.toLowerCase()] || null; }, 'zh-CN, zh-Hant or en'],
    ['theme', function (value) { return value === 'host' ? hostScheme() : oneOf(/^(light|dark|auto)$/)(value); }, 'light, dark, auto or host'],
    ['accent', oneOf(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i), '#rgb or #rrggbb'],
    ['emergency', oneOf(/^[0-9]{2,6}$/), '2 to 6 digits'],
    // Only the form here; the widget knows which two-letter codes are real regions.
    ['region', function (value) { return /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : null; }, 'two letters (ISO 3166-1)'],
    ['booking', https, 'an https: URL (≤ 2048 ASCII characters, host name as xn--)'],
    ['compact', function (value) { return value === '' || value === '1' ? '1' : null; }, 'no value or 1'],
    ['size', oneOf(/^large$/), 'large'],
  ];

  // The host page's own colour scheme: its declared `color-scheme`, else how dark its background
  // is, else the reader's system setting.
  function hostScheme() {
    var root = document.documentElement;
    var declared = getComputedStyle(root).colorScheme || '';
    var dark = /dark/.test(declared);
    if (dark !== /light/.test(declared)) return dark ? 'dark' : 'light';
    for (var layer of [document.body, root]) {
      var rgba = layer && getComputedStyle(layer).backgroundColor.match(/[\d.]+/g);
      if (rgba && (rgba.length < 4 || +rgba[3] > 0)) {
        return 0.2126 * rgba[0] + 0.7152 * rgba[1] + 0.0722 * rgba[2] < 128 ? 'dark' : 'light';
      }
    }
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  // Shared by every copy of this loader on the page, so including it twice embeds once.
  var registryKey = Symbol.for('sciatica-check.mounted');
  var mounted = window[registryKey] || (window[registryKey] = new WeakSet());
  var framesById = new Map();
  var count = 0;

  function uniqueId() {
    var random = crypto.getRandomValues(new Uint32Array(2));
    return 'sc' + (++count) + '-' + random[0].toString(36) + random[1].toString(36);
  }

  // `prefix` is 'data-' for a placeholder, '' for <sciatica-check>.
  function mount(placeholder, prefix) {
    // theme="host" reads the host's styles: an async script may run before they have loaded.
    if (placeholder.getAttribute(prefix + 'theme') === 'host' && document.readyState !== 'complete') {
      return addEventListener('load', function () { mount(placeholder, prefix); });
    }
    if (mounted.has(placeholder)) return;
    mounted.add(placeholder);
    var id = uniqueId();
    var src = new URL(widgetFolder.href);
    src.searchParams.set('embed', '1');
    src.searchParams.set('id', id);
    var lang = null;
    SETTINGS.forEach(function (setting) {
      var raw = placeholder.getAttribute(prefix + setting[0]);
      if (raw === null) return;
      var value = setting[1](raw.trim());
      if (value === null) {
        // A 100 kB value must not flood the console.
        var shown = raw.slice(0, 80) + (raw.length > 80 ? '…' : '');
        console.warn(PREFIX + 'ignored ' + prefix + setting[0] + '="' + shown + '": expected ' + setting[2]);
        return;
      }
      if (setting[0] === 'lang') lang = value;
      src.searchParams.set(setting[0], value);
    });

    var frame = document.createElement('iframe');
    // Without a language setting the widget picks one itself, so the name carries both.
    frame.title = lang ? TITLES[lang] : TITLES['zh-CN'] + ' · ' + TITLES.en;
    if (lang) frame.lang = lang;
    frame.loading = 'lazy';
    // The host page's address is none of the widget's business.
    frame.referrerPolicy = 'no-referrer';
    frame.setAttribute('scrolling', 'no');
    // Through the CSSOM, which a host's CSP allows. 560px: close to the first screen's height, so
    // the article barely moves when the widget reports in.
    frame.style.cssText = 'display:block;width:100%;border:0;overflow:hidden;height:560px';
    frame.src = src.href;
    framesById.set(id, { frame: frame, box: placeholder });
    placeholder.appendChild(frame);
  }

  // Events on the placeholder carry the coarse height only: never an answer or a result.
  function tell(box, name, height) {
    box.dispatchEvent(new CustomEvent(name, { detail: { height: height } }));
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== widgetOrigin || !data) return;
    if (data.v !== undefined && data.v !== 1) return;
    var embed = framesById.get(data.id);
    var height = data.height;
    if (!embed || event.source !== embed.frame.contentWindow) return;
    if (typeof height !== 'number' || !(height >= 100 && height <= 10000)) return;
    var frame = embed.frame;
    if (data.type === TYPE + 'height') {
      var px = Math.ceil(height) + 'px';
      if (!embed.ready) tell(embed.box, 'ready', (embed.ready = height));
      if (frame.style.height !== px) {
        frame.style.height = px;
        tell(embed.box, 'size', height);
      }
    } else if (data.type === TYPE + 'scroll-top' && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView({ block: 'start' });
    }
  });

  function mountWithin(node) {
    if (node.nodeType !== 1) return;
    if (node.hasAttribute('data-sciatica-check')) mount(node, 'data-');
    node.querySelectorAll('[data-sciatica-check]').forEach(function (found) {
      mount(found, 'data-');
    });
  }
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(mountWithin);
    });
  }).observe(document, { childList: true, subtree: true });
  mountWithin(document.documentElement);

  if (!customElements.get('sciatica-check')) {
    customElements.define('sciatica-check', class extends HTMLElement {
      connectedCallback() {
        mount(this, '');
      }
    });
  }
})();
