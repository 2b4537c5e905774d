// Where the end-to-end servers listen (playwright.config.mjs starts them). Two loopback ports are
// two origins, which is what an embed on a third-party page looks like to the browser.
export const WIDGET_PORT = 4173;
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`;
export const WIDGET_URL = `${WIDGET_ORIGIN}/`;
