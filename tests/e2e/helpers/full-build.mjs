// The full build (README: "Two builds"): the result and the journeys, a second wasm the
// questionnaire build loads from the first question on, for every reader alike.

/**
 * The files fetched with the full build: its loader, glue, module and stylesheet, the QR code
 * script, and the rest of a language's catalog (`catalog-<language>-more-<hash>.txt`).
 */
export const FULL_BUILD_FILE =
  /\/(full-(boot-)?[0-9a-f]{16}(_bg\.wasm|\.js|\.css)|qr-[0-9a-f]{16}\.js|catalog-(zh-CN|zh-Hant|en)-more-[0-9a-f]{16}\.txt)$/;

/** The full build's stylesheet (styles/full-build.css), as its loader links it. */
export const FULL_BUILD_STYLESHEET = /\/full-[0-9a-f]{16}\.css$/;

export const isFullBuildFile = (url) => FULL_BUILD_FILE.test(new URL(url).pathname);

/** Waits until the full build's module has been downloaded and compiled in `scope` (page or frame). */
export async function fullBuildLoaded(scope) {
  await scope.waitForFunction(() => globalThis.sciaticaFullBuild);
  await scope.evaluate(() => globalThis.sciaticaFullBuild.ready);
  // The rest of the catalog of the language on screen (asked for at the same moment; a cached
  // promise, so waiting for it asks for nothing).
  await scope.evaluate(() => globalThis.sciaticaCatalog.load(`${document.documentElement.lang}-more`));
}

/**
 * The rules of the full build's stylesheet (loaded in `scope`) that match an element on the page
 * now, as { selector, element } (the element's start tag). The screens the questionnaire build
 * draws must give none: that stylesheet comes only with the full build. A rule is tried whatever
 * its media (print, dark, narrow) and state: `:hover`, `:focus…`, `:active` and pseudo-elements
 * are left out of its selector, so `.region:hover .shape` counts as `.region .shape`.
 */
export async function fullBuildRulesMatching(scope) {
  return scope.evaluate(() => {
    const sheet = document.querySelector('link[data-full-build-styles]')?.sheet;
    if (!sheet) throw new Error("the full build's stylesheet is not loaded");
    const selectors = [];
    const collect = (rules) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        else if (rule instanceof CSSGroupingRule) collect(rule.cssRules);
      }
    };
    collect(sheet.cssRules);
    const state = /::?(?:before|after|-webkit-details-marker|hover|focus-visible|focus-within|focus|active)\b/g;
    return selectors.flatMap((selector) =>
      [...document.querySelectorAll(selector.replace(state, ''))].map((element) => ({
        selector,
        element: element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1),
      })),
    );
  });
}
