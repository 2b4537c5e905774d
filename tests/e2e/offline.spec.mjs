// Offline: after one visit the service worker serves the whole widget with no network, and a new
// build replaces the old one (its cache too) on the next visit.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { writeServiceWorker } from '../../src/web/postbuild.mjs';
import { startStaticServer } from '../tools/static-server.mjs';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, completeFlow } from './helpers/flow.mjs';

/** Resolves once a service worker controls the page (the widget registers it after load). */
async function waitUntilControlled(page) {
  return page.evaluate(async () => {
    const controlled = navigator.serviceWorker.controller
      ? Promise.resolve()
      : new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    const registration = await navigator.serviceWorker.ready;
    await controlled;
    return { scope: registration.scope, script: navigator.serviceWorker.controller.scriptURL };
  });
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the widget loads and completes a flow offline', async ({ page, context }) => {
  const problems = collectConsoleProblems(page);
  await page.goto('./?lang=en');
  await expect(page.locator('[data-step=start]')).toBeVisible();
  const worker = await waitUntilControlled(page);
  expect(worker.script).toMatch(/\/sw\.js$/);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(page.locator('[data-step=start]')).toBeVisible();
  const outcome = await completeFlow(page, MILD_ANSWERS);
  expect(outcome).toMatchObject({ level: 'self_care', pattern: 'trunk', phase: 'acute' });

  // Another address of the same page (the embed's query) also opens offline.
  await page.goto('./?embed=1&id=offline-check&lang=zh-CN');
  await expect(page.locator('[data-step=start]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test('a new build takes over on the next visit and deletes the old cache', async ({ page, context }, testInfo) => {
  // A copy of dist/ on its own origin, so this test's service worker starts from nothing.
  const buildDir = testInfo.outputPath('dist-copy');
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), buildDir, { recursive: true });
  const server = await startStaticServer({ root: buildDir });
  try {
    await page.goto(`${server.url}?lang=en`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await waitUntilControlled(page);
    const firstCaches = await cacheNames(page);
    expect(firstCaches).toHaveLength(1);

    // The next build: a changed page, and sw.js regenerated exactly as the build does it.
    const indexPath = `${buildDir}/index.html`;
    writeFileSync(
      indexPath,
      // Before <title>: the release build's minified page has no <head> tag to anchor on.
      readFileSync(indexPath, 'utf8').replace('<title>', '<meta name="build-marker" content="second"><title>'),
    );
    const second = writeServiceWorker(buildDir);
    expect(firstCaches[0].endsWith(`:${second.version}`), 'the version changed').toBe(false);

    // What a returning reader's browser does on the next visit: check sw.js, find it changed.
    const activeCaches = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const incoming = registration.installing || registration.waiting;
      if (incoming && incoming.state !== 'activated') {
        await new Promise((resolve, reject) =>
          incoming.addEventListener('statechange', () => {
            if (incoming.state === 'activated') resolve();
            if (incoming.state === 'redundant') reject(new Error('the new service worker failed to install'));
          }),
        );
      }
      return caches.keys();
    });
    expect(activeCaches).toHaveLength(1);
    expect(activeCaches[0]).toMatch(new RegExp(`:${second.version}$`));

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('meta[name=build-marker]')).toHaveAttribute('content', 'second');
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await context.setOffline(false);
  } finally {
    await server.close();
  }
});
