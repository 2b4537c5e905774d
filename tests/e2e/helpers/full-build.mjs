// The full build (README: "Two builds"): the result and the journeys, a second wasm the
// questionnaire build loads from the first question on, for every reader alike.

/**
 * The files fetched with the full build: its loader, glue and module, the QR code script, and the
 * rest of a language's catalog (`catalog-<language>-more-<hash>.txt`).
 */
export const FULL_BUILD_FILE =
  /\/(full-(boot-)?[0-9a-f]{16}(_bg\.wasm|\.js)|qr-[0-9a-f]{16}\.js|catalog-(zh-CN|zh-Hant|en)-more-[0-9a-f]{16}\.txt)$/;

export const isFullBuildFile = (url) => FULL_BUILD_FILE.test(new URL(url).pathname);

/** Waits until the full build's module has been downloaded and compiled in `scope` (page or frame). */
export async function fullBuildLoaded(scope) {
  await scope.waitForFunction(() => globalThis.sciaticaFullBuild);
  await scope.evaluate(() => globalThis.sciaticaFullBuild.ready);
  // The rest of the catalog of the language on screen (asked for at the same moment; a cached
  // promise, so waiting for it asks for nothing).
  await scope.evaluate(() => globalThis.sciaticaCatalog.load(`${document.documentElement.lang}-more`));
}
