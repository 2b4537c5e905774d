/* Sciatica self-check: if the app cannot start (offline with a file missing from the cache, a
 * broken deploy), say so in plain words with a way to try again, instead of a blank frame.
 * A classic deferred script that runs before the wasm loader (src/web/postbuild.mjs puts it
 * there); no inline code, so the page's CSP holds. Trunk's loader fires TrunkApplicationStarted
 * once the app runs; a script that fails to load, or an error before that, shows the message. */
(function () {
  'use strict';
  var TEXTS = {
    'zh-CN': ['自查工具没能启动：有一个文件没有加载成功，可能是因为现在没有网络。', '重试'],
    'zh-Hant': ['自查工具沒能啟動：有一個檔案沒有載入成功，可能是因為現在沒有網路。', '重試'],
    en: ['The self-check could not start: one of its files did not load, perhaps because there is no connection right now.', 'Try again'],
  };
  var started = false;
  var shown = false;

  function language() {
    var wanted = new URLSearchParams(location.search).get('lang');
    if (TEXTS[wanted]) return wanted;
    var preferred = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < preferred.length; i += 1) {
      var tag = String(preferred[i]).toLowerCase();
      if (/^zh-(tw|hk|mo|hant)/.test(tag)) return 'zh-Hant';
      if (/^zh/.test(tag)) return 'zh-CN';
      if (/^en/.test(tag)) return 'en';
    }
    return 'zh-CN';
  }

  function show() {
    if (started || shown || !document.body) return;
    shown = true;
    var lang = language();
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
