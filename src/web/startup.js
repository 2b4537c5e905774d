// Sciatica self-check, before the app runs. A classic deferred script that runs before the wasm
// loader (src/web/postbuild.mjs puts it there); no inline code, so the page's CSP holds.
//
// 1. The language: the one place in JavaScript that decides which language the app will open in
//    (`language()`: the host's `lang`, else the same rules as region.rs `locale_from_browser`;
//    held with the app to the shared cases in tests/cases/locale.json). Both parts below use it.
// 2. The catalog: fetching that language's catalog file (every word on screen) starts once the
//    card's paint is recorded, with the WebAssembly's (`painted`), in parallel rather than after
//    it. The files are named in
//    <meta name="sciatica-catalogs" content="zh-CN=catalog-zh-CN-<hash>.txt ...">. The app
//    (src/platform/catalog_loader.rs) asks `sciaticaCatalog.load(name)` for each file it needs:
//    the request already made when the name is this language's, else a new one (a language
//    switch, the rest of a catalog for the full build). Every request is for a static file that
//    every reader gets; none depends on an answer.
// 3. The static start card: index.html carries one per language, hidden (tests/start_card.rs
//    writes them from the catalogs). This shows the reader's, in that language, with the host's
//    theme, compact and embed settings, and drops the others. A tap on its Start button is
//    remembered on <html data-start-requested>; the app reads it when it starts and opens the
//    first question at once. The app's mount clears <body>, card and all.
// 4. The start-up watch: if the app cannot start (offline with a file missing from the cache, a
//    broken deploy, a catalog that will not load), say so in plain words with a way to try again,
//    instead of a card whose Start does nothing. Trunk's loader fires TrunkApplicationStarted once
//    the app runs; a script that fails to load, or an error before that, shows the message.
(function () {
  'use strict';
  var TEXTS = {
    'zh-CN': ['自查工具没能启动：有一个文件没有加载成功，可能是因为现在没有网络。', '重试'],
    'zh-Hant': ['自查工具沒能啟動：有一個檔案沒有載入成功，可能是因為現在沒有網路。', '重試'],
    en: ['The self-check could not start: one of its files did not load, perhaps because there is no connection right now.', 'Try again'],
  };
  var LOCALES = ['zh-CN', 'zh-Hant', 'en'];
  var params = new URLSearchParams(location.search);

  function lower(text) {
    return text.replace(/[A-Z]/g, function (c) {
      return c.toLowerCase();
    });
  }

  function subtags(tag) {
    return tag.trim().split(/[-_]/).slice(1);
  }

  // region.rs `region_subtag`: after extended language (3 letters) and script (4 letters).
  function regionSubtag(tag) {
    var parts = subtags(tag);
    for (var i = 0; i < parts.length; i += 1) {
      var part = parts[i];
      var letters = /^[A-Za-z]*$/.test(part);
      if (part.length === 2 && letters) return part;
      if (part.length === 3 && /^[0-9]*$/.test(part)) return part;
      if ((part.length === 3 || part.length === 4) && letters) continue;
      return null;
    }
    return null;
  }

  // region.rs `script_subtag`.
  function scriptSubtag(tag) {
    var parts = subtags(tag);
    for (var i = 0; i < parts.length; i += 1) {
      var part = parts[i];
      if (part.length === 2 || /^[0-9]*$/.test(part)) return null;
      if (part.length === 4 && /^[A-Za-z]*$/.test(part)) return lower(part);
    }
    return null;
  }

  // region.rs `locale_of_tag`.
  function localeOfTag(tag) {
    tag = String(tag);
    var language = lower(tag.trim().split(/[-_]/)[0]);
    if (language === 'zh') {
      var script = scriptSubtag(tag);
      if (script === 'hant') return 'zh-Hant';
      if (script === 'hans') return 'zh-CN';
      var region = regionSubtag(tag);
      return region && /^(hk|tw|mo)$/.test(lower(region)) ? 'zh-Hant' : 'zh-CN';
    }
    if (language === 'yue') return 'zh-Hant';
    if (language === 'en') return 'en';
    return null;
  }

  // The language the app will open in: the host's `lang` (config.rs: a locale tag in any case,
  // first value only), else the first browser language we have (region.rs), else English.
  function language() {
    var wanted = lower((params.get('lang') || '').trim());
    for (var i = 0; i < LOCALES.length; i += 1) if (lower(LOCALES[i]) === wanted) return LOCALES[i];
    var preferred = navigator.languages || [];
    for (var j = 0; j < preferred.length; j += 1) {
      var locale = localeOfTag(preferred[j]);
      if (locale) return locale;
    }
    return 'en';
  }

  var LOCALE = language();

  // The catalog files by the name the app asks for (`zh-CN`, `zh-CN-more`, ...).
  var catalogFiles = {};
  var listed = document.querySelector('meta[name="sciatica-catalogs"]');
  String(listed ? listed.content : '').split(/\s+/).forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) catalogFiles[pair.slice(0, at)] = pair.slice(at + 1);
  });

  var catalogs = {};
  // The text of the catalog file named `name`, requested once (a failed request may be tried again).
  function loadCatalog(name) {
    if (!catalogs[name]) {
      var url = catalogFiles[name];
      catalogs[name] = url
        ? fetch(url).then(function (response) {
            if (!response.ok) throw new Error('catalog ' + name + ': HTTP ' + response.status);
            return response.text();
          })
        : Promise.reject(new Error('no catalog file named ' + name));
      // Forgotten on failure, so a later try (back online) asks again; this handler also keeps
      // a failure that the app reports itself from counting as an unhandled rejection.
      catalogs[name].catch(function () {
        delete catalogs[name];
      });
    }
    return catalogs[name];
  }

  // Runs `then` once the browser has recorded the card's paint (its largest-contentful-paint
  // entry; else after the next frame; at most 250 ms later), at once where neither can be known.
  function afterCardPaint(then) {
    var done = false;
    function go() {
      if (!done) {
        done = true;
        then();
      }
    }
    var types = (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('largest-contentful-paint') >= 0) {
      new PerformanceObserver(function (_, observer) {
        observer.disconnect();
        go();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } else if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(function () {
        setTimeout(go, 0);
      });
    } else {
      return go();
    }
    setTimeout(go, 250);
  }

  // The card first: the reader's catalog is requested once the card's paint is recorded, and the
  // wasm loader waits for the same moment (`painted`, src/web/postbuild.mjs), so the two files go
  // in parallel and a slow link spends nothing on them before the card shows. A request made before
  // the paint, chained behind this script, also delayed the card in Lighthouse's simulation.
  var painted = new Promise(function (resolve) {
    afterCardPaint(function () {
      loadCatalog(LOCALE);
      resolve();
    });
  });
  globalThis.sciaticaCatalog = { locale: LOCALE, load: loadCatalog, painted: painted };

  // config.rs `parse_flag`: bare, 1 or true.
  function flag(name) {
    var value = params.get(name);
    return value !== null && /^(|1|true)$/.test(value.trim());
  }

  function storedTextSize() {
    try {
      return localStorage.getItem('sciatica-check:text-size');
    } catch (refused) {
      return null;
    }
  }

  function showStartCard() {
    var cards = document.querySelectorAll('[data-static-card]');
    if (!cards.length) return;
    var lang = LOCALE;
    var theme = (params.get('theme') || '').trim();
    theme = theme === 'light' || theme === 'dark' ? theme : 'auto';
    var size = storedTextSize() || (params.get('size') || '').trim();
    if (size === 'large') document.documentElement.setAttribute('data-text-size', 'large');
    document.documentElement.lang = lang;
    for (var i = 0; i < cards.length; i += 1) {
      var card = cards[i];
      if (card.getAttribute('data-static-card') !== lang) {
        card.remove();
        continue;
      }
      card.setAttribute('data-theme', theme);
      if (flag('compact')) card.setAttribute('data-compact', '');
      if (flag('embed')) card.setAttribute('data-embedded', '');
      card.hidden = false;
      var start = card.querySelector('[data-static-start]');
      if (start) start.addEventListener('click', requestStart);
    }
  }

  function requestStart(event) {
    document.documentElement.setAttribute('data-start-requested', '');
    event.currentTarget.setAttribute('aria-disabled', 'true');
    var card = event.currentTarget.closest('[data-static-card]');
    if (card) card.setAttribute('aria-busy', 'true');
  }

  function dropStartCard() {
    var cards = document.querySelectorAll('[data-static-card]');
    for (var i = 0; i < cards.length; i += 1) cards[i].remove();
  }

  var started = false;
  var shown = false;

  function show() {
    if (started || shown || !document.body) return;
    shown = true;
    dropStartCard();
    var lang = LOCALE;
    var box = document.createElement('div');
    box.className = 'startup-problem';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-startup-problem', '');
    box.lang = lang;
    var text = document.createElement('p');
    text.textContent = TEXTS[lang][0];
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.setAttribute('data-action', 'retry');
    retry.textContent = TEXTS[lang][1];
    retry.addEventListener('click', function () {
      location.reload();
    });
    box.append(text, retry);
    document.body.append(box);
  }

  function failed(event) {
    var target = event && event.target;
    // A stylesheet or icon that fails leaves a working (if plain) app; only scripts are fatal.
    if (target && target.tagName && target.tagName !== 'SCRIPT') return;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
    else show();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showStartCard);
  else showStartCard();
  addEventListener('TrunkApplicationStarted', function () {
    started = true;
  });
  // The app itself reports a failure it meets after Trunk's loader is done (its catalog file
  // would not load: src/platform/catalog_loader.rs); until then it shows nothing.
  addEventListener('sciatica-startup-problem', function () {
    started = false;
    failed();
  });
  addEventListener('error', failed, true);
  addEventListener('unhandledrejection', failed);
})();
