// Placeholders added to a host page after it loaded, the way a CMS or a script adds them later.

/**
 * Adds a `[data-sciatica-check]` placeholder with id `id` and `settings` (each as `data-<name>`)
 * beside the page's first one: `where` is `'before'` or `'after'` it.
 */
export async function addPlaceholderBesideFirst(page, id, settings, where) {
  await page.evaluate(
    ([id, settings, where]) => {
      const box = document.createElement('div');
      box.id = id;
      box.setAttribute('data-sciatica-check', '');
      for (const [name, value] of Object.entries(settings)) box.setAttribute(`data-${name}`, value);
      document.querySelector('[data-sciatica-check]')[where](box);
    },
    [id, settings, where],
  );
}
