// The headers a host is told to send (README, "Hosting headers") are the ones the test server
// sends and the CSP the page carries itself, so the documentation cannot drift from what is tested.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function documentedHeaders() {
  const block = /## Hosting headers[\s\S]*?```http\n([\s\S]*?)```/.exec(README);
  expect(block, 'README has an ```http block under "Hosting headers"').not.toBeNull();
  return block[1]
    .trim()
    .split('\n')
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    });
}

test('every documented header is sent, and the CSP header equals the page\'s meta tag', async ({ page, request }) => {
  const headers = documentedHeaders();
  expect(headers.map(([name]) => name)).toEqual(
    expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'referrer-policy']),
  );
  const response = await request.get('./');
  for (const [name, value] of headers) expect(response.headers()[name], name).toBe(value);

  await page.goto('./');
  const metaPolicy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(metaPolicy).toBe(response.headers()['content-security-policy']);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('hashed files are immutable, stable names revalidate, MIME types are exact', async ({ page, request }) => {
  const loaded = [];
  page.on('response', (response) => loaded.push(response));
  await page.goto('./');
  await expect(page.locator('[data-step]').first()).toBeVisible();

  const byName = (pattern) => loaded.find((response) => pattern.test(new URL(response.url()).pathname));
  const wasm = byName(/-[0-9a-f]{1,16}_bg\.wasm$/);
  const boot = byName(/\/boot-[0-9a-f]{1,16}\.js$/);
  expect(wasm, 'the page loaded a hashed .wasm').toBeTruthy();
  expect(boot, 'the page loaded the external boot script').toBeTruthy();
  for (const hashed of [wasm, boot]) {
    expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expect(boot.headers()['content-type']).toBe('text/javascript; charset=utf-8');

  for (const stable of ['./', './index.html', './sw.js', './embed.js']) {
    const response = await request.get(stable);
    expect(response.status(), stable).toBe(200);
    expect(response.headers()['cache-control'], stable).toBe('no-cache');
  }
  expect(README).toContain('public, max-age=31536000, immutable');
});
