// Collects everything a page reports as broken: console errors (CSP violations land here too) and
// uncaught exceptions, from the page and from every frame in it.

/** Starts collecting on `page`; returns the live list of problem messages. */
export function collectConsoleProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}
