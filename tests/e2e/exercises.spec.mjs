// The exercise journey (issue 14): a full guided routine on a fake clock, by keyboard alone,
// announced in the live region; reduced motion; the 40-minute sit-break reminder without any
// permission prompt unless the reader asks; no request; axe on both screens in every language.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleProblems } from './helpers/console.mjs';
import { MILD_ANSWERS, completeFlow } from './helpers/flow.mjs';
import { press, tabTo } from './helpers/keyboard.mjs';
import { isFullBuildFile } from './helpers/full-build.mjs';
import { isBrowserAppFile } from './helpers/browser-app-files.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MINUTE = 60_000;

/** A stand-in for the Notification API that records what the page asks of it. */
function fakeNotifications() {
  window.__notifications = { requests: 0, shown: [] };
  class FakeNotification {
    static permission = 'default';
    static requestPermission() {
      window.__notifications.requests += 1;
      FakeNotification.permission = 'granted';
      return Promise.resolve('granted');
    }
    constructor(title, options) {
      window.__notifications.shown.push({ title, body: options?.body });
    }
  }
  window.Notification = FakeNotification;
}

/** Opens the page on a fake clock that moves only when the test says so. */
async function openPaused(page, lang = 'en') {
  await page.clock.install({ time: new Date('2026-03-02T08:00:00Z') });
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('[data-screen=start]')).toBeVisible();
  await page.clock.pauseAt(new Date('2026-03-02T08:00:05Z'));
}

const live = (page) => page.locator('[data-part=timer-live]');
const seconds = (page) => page.locator('[data-part=timer-seconds]');

test('a full routine by keyboard alone, each step announced, Back returns to the start', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  await openPaused(page);
  await press(page, '[data-action=exercises]');
  await expect(page.locator('[data-screen=exercises]')).toBeVisible();
  await press(page, '[data-action=open-exercise][data-routine=leg_raise]');
  await expect(page.locator('[data-screen=exercise][data-routine=leg_raise]')).toBeVisible();
  await expect(seconds(page)).toHaveText('10');

  await press(page, '[data-action=timer-start]');
  await expect(live(page)).toHaveText('Leg raise: Hold, 1 of 10');
  await page.clock.runFor(4_000);
  await expect(seconds(page)).toHaveText('6');
  await page.clock.runFor(6_000);
  await expect(live(page)).toHaveText('Leg raise: Rest, 1 of 10');
  await page.clock.runFor(5_000);
  await expect(live(page)).toHaveText('Leg raise: Hold, 2 of 10');

  // Pause keeps focus on the same button, now "Resume"; time stands still meanwhile.
  await page.keyboard.press('Enter');
  await expect(live(page)).toHaveText('Paused');
  await expect(page.locator('[data-action=timer-resume]')).toBeFocused();
  const frozen = await seconds(page).textContent();
  await page.clock.runFor(2 * MINUTE);
  await expect(seconds(page)).toHaveText(frozen);
  await page.keyboard.press('Enter');
  await expect(live(page)).toHaveText('Leg raise: Hold, 2 of 10');

  await press(page, '[data-action=timer-skip]');
  await expect(live(page)).toHaveText('Leg raise: Rest, 2 of 10');
  await page.clock.runFor(5 * MINUTE);
  await expect(live(page)).toHaveText('Done. Well done!');
  await expect(page.locator('[data-action=timer-again]')).toBeFocused();

  await press(page, '[data-action=back]');
  await expect(page.locator('[data-screen=exercises]')).toBeVisible();
  await press(page, '[data-action=back]');
  await expect(page.locator('[data-screen=start]')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the office stretch announces sides and counts', async ({ page }) => {
  await openPaused(page);
  await page.locator('[data-action=exercises]').click();
  await page.locator('[data-action=open-exercise][data-routine=office_stretch]').click();
  await page.locator('[data-action=timer-start]').click();
  await expect(live(page)).toHaveText('Side bend: Hold, left side, 1 of 3');
  // 3 holds of 15 s and 3 rests of 3 s on the left, then the right side begins.
  await page.clock.runFor(3 * 15_000 + 3 * 3_000);
  await expect(live(page)).toHaveText('Side bend: Hold, right side, 1 of 3');
  await page.clock.runFor(3 * 15_000 + 3 * 3_000 + 2 * 13_000);
  await expect(live(page)).toHaveText('Lean back: Hold, 3 of 5');
});

test('the drawing moves only while the timer runs and never with reduced motion', async ({ page }) => {
  const animation = () =>
    page.locator('[data-screen=exercise] .figure-moving').evaluate((el) => getComputedStyle(el).animationName);
  for (const reducedMotion of ['no-preference', 'reduce']) {
    await page.emulateMedia({ reducedMotion });
    await openPaused(page);
    await page.locator('[data-action=exercises]').click();
    await page.locator('[data-action=open-exercise][data-routine=wall_standing]').click();
    expect(await animation()).toBe('none');
    await page.locator('[data-action=timer-start]').click();
    expect(await animation()).toBe(reducedMotion === 'reduce' ? 'none' : 'figure-sway');
  }
});

test('the sit-break reminder fires after 40 minutes with no permission prompt', async ({ page }) => {
  await page.addInitScript(fakeNotifications);
  await openPaused(page);
  await page.locator('[data-action=exercises]').click();
  await page.locator('[data-action=sitbreak-start]').click();
  await expect(page.locator('[data-part=sit-break-clock]')).toHaveText('Next break in 40:00');
  await page.clock.runFor(39 * MINUTE);
  await expect(page.locator('[data-part=sit-break-clock]')).toHaveText('Next break in 1:00');
  await expect(page.locator('[data-part=sit-break-due]')).toHaveText('');
  // Still counting on another screen.
  await page.locator('[data-action=back]').click();
  await page.clock.runFor(MINUTE);
  await page.locator('[data-action=exercises]').click();
  await expect(page.locator('[data-part=sit-break-due]')).toHaveText(/40 minutes are up/);
  const record = await page.evaluate(() => window.__notifications);
  expect(record).toEqual({ requests: 0, shown: [] });
  await page.locator('[data-action=office-stretch]').click();
  await expect(page.locator('[data-screen=exercise][data-routine=office_stretch]')).toBeVisible();
});

test('a notification only after the reader asks for it', async ({ page }) => {
  await page.addInitScript(fakeNotifications);
  await openPaused(page);
  await page.locator('[data-action=exercises]').click();
  await page.locator('[data-action=sitbreak-start]').click();
  expect(await page.evaluate(() => window.__notifications.requests)).toBe(0);
  await page.locator('[data-action=sitbreak-notify]').click();
  await expect(page.getByText('Browser notifications are on')).toBeVisible();
  await page.clock.runFor(40 * MINUTE);
  await expect(page.locator('[data-part=sit-break-due]')).toHaveText(/40 minutes are up/);
  const record = await page.evaluate(() => window.__notifications);
  expect(record.requests).toBe(1);
  expect(record.shown).toHaveLength(1);
});

test('from the result: the reader\'s routines first, waits last, and Back returns to the result', async ({ page }) => {
  await page.goto('./?lang=en');
  const chronic = await completeFlow(page, { ...MILD_ANSWERS, onset_days: 120, situations: ['office'] });
  expect(chronic.phase).toBe('chronic');
  await page.locator('[data-action=exercises]').click();
  const cards = page.locator('[data-screen=exercises] .exercise-card');
  await expect(cards.first()).toHaveAttribute('data-routine', 'office_stretch');
  await page.locator('[data-action=back]').click();
  await expect(page.locator('[data-level]')).toBeVisible();

  // In the acute phase the office stretch loads the spine: it waits, at the end of the list.
  await page.locator('[data-action=restart]').click();
  const acute = await completeFlow(page, { ...MILD_ANSWERS, situations: ['office'] });
  expect(acute.phase).toBe('acute');
  await page.locator('[data-action=exercises]').click();
  await expect(cards.first()).toHaveAttribute('data-routine', 'wall_standing');
  await expect(page.locator('[data-routine=office_stretch] .standing-wait')).toHaveText('Wait for now');
});

test('the exercise screens make no request but the full build, the same for every reader', async ({ page, context }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('[data-screen=start]')).toBeVisible();
  const requests = [];
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    // The browser's own fetch of the service worker and the app icons carries nothing of the reader's.
    if (!request.serviceWorker() && !path.endsWith('/sw.js') && !isBrowserAppFile(request.url()) && !isFullBuildFile(request.url())) {
      requests.push(request.url());
    }
  });
  await page.locator('[data-action=exercises]').click();
  await page.locator('[data-action=sitbreak-start]').click();
  await page.locator('[data-action=open-exercise][data-routine=core]').click();
  await page.locator('[data-action=timer-sound]').check();
  await page.locator('[data-action=timer-start]').click();
  await page.locator('[data-action=timer-skip]').click();
  await page.locator('[data-action=back]').click();
  expect(requests).toEqual([]);
});

for (const lang of ['zh-CN', 'zh-Hant', 'en']) {
  for (const screen of ['exercises', 'exercise']) {
    test(`axe finds nothing on the ${screen} screen in ${lang}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`./?lang=${lang}`);
      await page.locator('[data-action=exercises]').click();
      await page.locator('[data-action=sitbreak-start]').click();
      if (screen === 'exercise') {
        await page.locator('[data-action=open-exercise][data-routine=office_stretch]').click();
        await page.locator('[data-action=timer-start]').click();
      }
      await expect(page.locator(`[data-screen=${screen}]`)).toBeVisible();
      await page.mouse.move(0, 0);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}
