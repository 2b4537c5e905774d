// What the post-build steps (postbuild.mjs, fullbuild.mjs, minify.mjs) share: content names and
// integrity values for the files they write, and placing a tag into Trunk's index.html.

import { createHash } from 'node:crypto';

/** A mistake the build reports in one line (postbuild.mjs prints its message, not a stack). */
export class BuildError extends Error {}

/** The 16 hex digits of SHA-256 that name a file by its content (as Trunk names its own). */
export const hex16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The Subresource Integrity value of some bytes. */
export const sri384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * `html` with `tag` placed just before the first match of `pattern` (`/<\/head>/i`, the first
 * `<script`); a build error saying `missing` when there is none.
 */
export function insertBefore(html, pattern, tag, missing) {
  const at = html.search(pattern);
  if (at < 0) throw new BuildError(missing);
  return `${html.slice(0, at)}${tag}${html.slice(at)}`;
}
