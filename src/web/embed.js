/*! Sciatica self-check embed loader. Usage (README, "Embed it"):
 *  <div data-sciatica-check data-lang="zh-CN" data-emergency="120"></div>
 *  <script src="https://WIDGET-HOST/PATH/embed.js" async></script>
 * Puts one iframe of the widget (from this script's own folder) into each placeholder and keeps
 * its height equal to the widget's content. It sends nothing to the widget but the settings in
 * the iframe's address, and accepts one message: the height, from its own iframe only. */
(function () {
  'use strict';
  var PREFIX = '[sciatica-check] ';
  var script = document.currentScript;
  if (!script || !script.src) {
    console.warn(PREFIX + 'load embed.js with <script src="…/embed.js">: it finds the widget next to itself');
    return;
  }
  var widgetFolder = new URL('./', script.src);
  var widgetOrigin = widgetFolder.origin;
  var MESSAGE_TYPE = 'sciatica-check:height';
  var TITLES = { 'zh-CN': '坐骨神经痛自查', en: 'Sciatica self-check' };

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
    ['lang', oneOf(/^(zh-CN|en)$/), 'zh-CN or en'],
    ['theme', oneOf(/^(light|dark|auto)$/), 'light, dark or auto'],
    ['accent', oneOf(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i), '#rgb or #rrggbb'],
    ['emergency', oneOf(/^[0-9]{2,6}$/), '2 to 6 digits'],
    ['booking', https, 'an https: URL of at most 2048 characters, a host name in another script as xn--'],
    ['compact', function (value) { return value === '' || value === '1' ? '1' : null; }, 'no value or 1'],
  ];

  // Shared by every copy of this loader on the page, so including it twice embeds once.
  var registryKey = typeof Symbol === 'function' ? Symbol.for('sciatica-check.mounted') : '__sciaticaCheckMounted';
  var mounted = window[registryKey] || (window[registryKey] = new WeakSet());
  var framesById = new Map();
  var count = 0;

  function uniqueId() {
    var random = crypto.getRandomValues(new Uint32Array(2));
    return 'sc' + (++count) + '-' + random[0].toString(36) + random[1].toString(36);
  }

  function mount(placeholder) {
    if (mounted.has(placeholder)) return;
    mounted.add(placeholder);
    var id = uniqueId();
    var src = new URL(widgetFolder.href);
    src.searchParams.set('embed', '1');
    src.searchParams.set('id', id);
    var lang = null;
    SETTINGS.forEach(function (setting) {
      var raw = placeholder.getAttribute('data-' + setting[0]);
      if (raw === null) return;
      var value = setting[1](raw.trim());
      if (value === null) {
        var shown = raw.length > 80 ? raw.slice(0, 80) + '… (' + raw.length + ' characters)' : raw;
        console.warn(PREFIX + 'ignored data-' + setting[0] + '="' + shown + '": expected ' + setting[2]);
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
    var style = frame.style;
    style.display = 'block';
    style.width = '100%';
    style.border = '0';
    style.overflow = 'hidden';
    // Close to the first screen's height, so the article barely moves when the widget reports in.
    style.height = '560px';
    frame.src = src.href;
    framesById.set(id, frame);
    placeholder.appendChild(frame);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== widgetOrigin || !data || data.type !== MESSAGE_TYPE) return;
    var frame = framesById.get(data.id);
    var height = data.height;
    if (!frame || event.source !== frame.contentWindow) return;
    if (typeof height !== 'number' || !(height >= 100 && height <= 10000)) return;
    frame.style.height = Math.ceil(height) + 'px';
  });

  function mountWithin(node) {
    if (node.nodeType !== 1) return;
    if (node.hasAttribute('data-sciatica-check')) mount(node);
    node.querySelectorAll('[data-sciatica-check]').forEach(mount);
  }
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(mountWithin);
    });
  }).observe(document, { childList: true, subtree: true });
  mountWithin(document.documentElement);
})();
