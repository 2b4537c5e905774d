// Where the end-to-end servers listen (playwright.config.mjs starts them). Two loopback ports are
// two origins, which is what an embed on a third-party page looks like to the browser.
export const WIDGET_PORT = 4173;
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`;
export const WIDGET_URL = `${WIDGET_ORIGIN}/`;

/** The demo host pages (tests/e2e/hosts/), a different origin. Their CSP names the widget origin. */
export const HOSTS_PORT = 4174;
export const HOSTS_URL = `http://127.0.0.1:${HOSTS_PORT}/`;
