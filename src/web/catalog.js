// Sciatica self-check: starts fetching the reader's catalog (every word on screen, one file per
// language) at once, in parallel with the WebAssembly, instead of after it. A classic async
// script; src/web/postbuild.mjs ships it as catalog-loader-<hash>.js before the wasm loader and
// names the catalog files in <meta name="sciatica-catalogs" content="zh-CN=catalog-zh-CN-<hash>.txt ...">.
//
// The app (src/platform/catalog_loader.rs) decides the language itself and asks
// sciaticaCatalog.load(tag): the file this script already requested when the guess below agrees
// (the same rules as src/platform/region.rs, shared cases in tests/cases/catalog-locale.json), else a new
// request. Switching language asks for another language's file the same way. Every request is for
// a static file that every reader gets; none depends on an answer.
(function () {
  'use strict';
  var TAGS = ['zh-CN', 'zh-Hant', 'en'];
  var files = {};
  var meta = document.querySelector('meta[name="sciatica-catalogs"]');
  String(meta ? meta.content : '').split(/\s+/).forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) files[pair.slice(0, at)] = pair.slice(at + 1);
  });

  var loading = {};
  // The text of `tag`'s catalog file, requested once (a failed request may be tried again).
  function load(tag) {
    if (!loading[tag]) {
      var url = files[tag];
      loading[tag] = url
        ? fetch(url).then(function (response) {
            if (!response.ok) throw new Error('catalog ' + tag + ': HTTP ' + response.status);
            return response.text();
          })
        : Promise.reject(new Error('no catalog file named for ' + tag));
      // Forgotten on failure, so a later try (back online) asks again; this handler also keeps
      // a failure that the app reports itself from counting as an unhandled rejection.
      loading[tag].catch(function () {
        delete loading[tag];
      });
    }
    return loading[tag];
  }

  // The catalog for one browser language tag (or null), exactly as region.rs `locale_of_tag`.
  function localeOfTag(tag) {
    var parts = String(tag).trim().split(/[-_]/);
    var language = parts[0].toLowerCase();
    if (language === 'en') return 'en';
    if (language === 'yue') return 'zh-Hant';
    if (language !== 'zh') return null;
    var i;
    for (i = 1; i < parts.length; i += 1) {
      if (parts[i].length === 2 || /^[0-9]*$/.test(parts[i])) break;
      if (/^[a-z]{4}$/i.test(parts[i])) {
        var script = parts[i].toLowerCase();
        if (script === 'hant') return 'zh-Hant';
        if (script === 'hans') return 'zh-CN';
        break;
      }
    }
    for (i = 1; i < parts.length; i += 1) {
      if (/^([a-z]{2}|[0-9]{3})$/i.test(parts[i])) return /^(hk|tw|mo)$/i.test(parts[i]) ? 'zh-Hant' : 'zh-CN';
      if (!/^[a-z]{3,4}$/i.test(parts[i])) break;
    }
    return 'zh-CN';
  }

  // The host's `lang` setting if it names a catalog, else the first browser language we have.
  function guess() {
    var wanted = String(new URLSearchParams(location.search).get('lang') || '').trim().toLowerCase();
    for (var t = 0; t < TAGS.length; t += 1) if (TAGS[t].toLowerCase() === wanted) return TAGS[t];
    var preferred = navigator.languages || [];
    for (var i = 0; i < preferred.length; i += 1) {
      var locale = localeOfTag(preferred[i]);
      if (locale) return locale;
    }
    return 'en';
  }

  var locale = guess();
  load(locale);
  globalThis.sciaticaCatalog = { locale: locale, load: load };
})();
