// Offline: after one visit the service worker serves the whole widget with no network, and a new
// build replaces the old one on the next visit, keeping the replaced build's cache for pages opened
// before the deploy.
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/**
 * Runs `visit(server, buildDir)` on a copy of dist/ served from its own origin, so the test's
 * service worker starts from nothing; `prepare(buildDir)` may change the copy before it is
 * served. The server stops however the visit ends.
 */
async function onACopyOfTheBuild(testInfo, visit, prepare = () => {}) {
  const buildDir = testInfo.outputPath('dist-copy');
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), buildDir, { recursive: true });
  prepare(buildDir);
  const server = await startStaticServer({ root: buildDir });
  try {
    await visit(server, buildDir);
  } finally {
    await server.close();
  }
}

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
  // The full build's stylesheet came from the precache too (the level card's border is its rule).
  await expect(page.locator('[data-screen=result] .level-card')).toHaveCSS('border-top-width', '2px');

  // Another address of the same page (the embed's query) also opens offline.
  await page.goto('./?embed=1&id=offline-check&lang=zh-CN');
  await expect(page.locator('[data-step=start]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await context.setOffline(false);
  expect(problems).toEqual([]);
});

/** Asks the browser to check sw.js now, as a navigation would, and waits until the new worker runs. */
const updateServiceWorker = (page) =>
  page.evaluate(async () => {
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

/** `html` marked as build `marker` (a <meta> the test reads back), replacing an earlier mark. */
const markBuild = (html, marker) =>
  // Before <title>: the release build's minified page has no <head> tag to anchor on.
  html.replace(/<meta name="build-marker" content="[^"]*">/, '').replace('<title>', `<meta name="build-marker" content="${marker}"><title>`);

/**
 * A deploy on the copy: a page marked `marker` whose full build loader has a new name (the old
 * name is gone from the server, as after a real deploy), and sw.js regenerated as the build does.
 */
function deploy(buildDir, marker, loaderName) {
  const indexPath = `${buildDir}/index.html`;
  const html = readFileSync(indexPath, 'utf8');
  const [oldLoader] = html.match(/full-boot-[0-9a-f]{16}\.js/);
  renameSync(`${buildDir}/${oldLoader}`, `${buildDir}/${loaderName}`);
  writeFileSync(indexPath, markBuild(html.split(oldLoader).join(loaderName), marker));
  return writeServiceWorker(buildDir);
}

test('a new build takes over; a page opened before the deploy still gets its full build; older caches go', async ({ page, context }, testInfo) => {
  await onACopyOfTheBuild(testInfo, async (server, buildDir) => {
    await page.goto(`${server.url}?lang=en`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await waitUntilControlled(page);
    const [firstCache, ...others] = await cacheNames(page);
    expect(others).toEqual([]);

    const second = deploy(buildDir, 'second', 'full-boot-2222222222222222.js');
    expect(firstCache.endsWith(`:${second.version}`), 'the version changed').toBe(false);
    const afterSecond = await updateServiceWorker(page);
    expect(afterSecond.sort()).toEqual([firstCache, afterSecond.find((name) => name.endsWith(`:${second.version}`))].sort());

    // The page still shows the first build's start card; its full build exists only in the
    // first build's cache now, and the new worker serves it from there.
    await page.locator('[data-action=exercises]').click();
    await expect(page.locator('[data-screen=exercises]')).toBeVisible();
    await expect(page.locator('[data-loading] [role=alert]')).toHaveCount(0);

    // A third build keeps the second's cache and deletes the first's.
    const third = deploy(buildDir, 'third', 'full-boot-3333333333333333.js');
    const afterThird = await updateServiceWorker(page);
    expect(afterThird).toHaveLength(2);
    expect(afterThird.some((name) => name.endsWith(`:${third.version}`))).toBe(true);
    expect(afterThird.some((name) => name.endsWith(`:${second.version}`))).toBe(true);
    expect(afterThird).not.toContain(firstCache);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('meta[name=build-marker]')).toHaveAttribute('content', 'third');
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await context.setOffline(false);
  });
});

test('offline with the wasm lost from the cache: a retry message; the next online visit repairs it', async ({ page, context }, testInfo) => {
  await onACopyOfTheBuild(testInfo, async (server) => {
    await page.goto(`${server.url}?lang=en`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await waitUntilControlled(page);
    const wasmKey = () =>
      page.evaluate(async () => {
        const [name] = await caches.keys();
        const keys = await (await caches.open(name)).keys();
        return keys.map((request) => request.url).find((url) => url.endsWith('_bg.wasm') && !/\/full-[0-9a-f]{16}_bg\.wasm$/.test(url)) ?? null;
      });
    const wasmUrl = await wasmKey();
    expect(wasmUrl).not.toBeNull();
    await page.evaluate(async (url) => {
      const [name] = await caches.keys();
      await (await caches.open(name)).delete(url);
    }, wasmUrl);

    // Eviction takes the browser's HTTP cache too, or the worker would quietly find the file there.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.reload();
    const problem = page.locator('[data-startup-problem]');
    await expect(problem).toBeVisible();
    await expect(problem).toHaveAttribute('lang', 'en');
    await expect(problem).toHaveAttribute('role', 'alert');
    await expect(page.locator('[data-step=start]')).toHaveCount(0);

    await context.setOffline(false);
    await problem.locator('[data-action=retry]').click();
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await expect.poll(wasmKey, { message: 'the wasm is back in the cache' }).toBe(wasmUrl);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await context.setOffline(false);
  });
});

test('a deploy between the page load and the install does not cache a mixed build', async ({ page, context }, testInfo) => {
  // Half a deploy: the next build's page is live, sw.js is still the old build's.
  const halfDeployed = (buildDir) => {
    const indexPath = `${buildDir}/index.html`;
    writeFileSync(indexPath, markBuild(readFileSync(indexPath, 'utf8'), 'next'));
  };
  await onACopyOfTheBuild(testInfo, async (server, buildDir) => {
    // Records how the first worker's install ends: 'activated' or 'redundant' (a failed install).
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        return register.apply(this, args).then((registration) => {
          const worker = registration.installing;
          window.installOutcome = worker ? new Promise((resolve) => {
            worker.addEventListener('statechange', () => {
              if (worker.state === 'activated' || worker.state === 'redundant') resolve(worker.state);
            });
          }) : Promise.resolve('none');
          return registration;
        });
      };
    });
    await page.goto(`${server.url}?lang=en`);
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await page.waitForFunction(() => window.installOutcome);
    // The old worker's install finds a page that is not its build's, and gives up.
    expect(await page.evaluate(() => window.installOutcome)).toBe('redundant');
    expect(await cacheNames(page)).toEqual([]);

    // The deploy completes (sw.js of the new build): the next visit installs it, all of one build.
    writeServiceWorker(buildDir);
    await page.reload();
    await waitUntilControlled(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('meta[name=build-marker]')).toHaveAttribute('content', 'next');
    await expect(page.locator('[data-step=start]')).toBeVisible();
    await context.setOffline(false);
  }, halfDeployed);
});
