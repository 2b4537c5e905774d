// Files the browser fetches for the page on its own, at times of its choosing (the favicon, the
// web app manifest and its icons): they carry nothing of the reader's, so request checks leave
// them out.

const BROWSER_APP_FILE = /\/(manifest\.webmanifest|icon(-maskable)?(-[0-9a-f]+)?\.svg|icon-32-[0-9a-f]+\.png)$/;

export const isBrowserAppFile = (url) => BROWSER_APP_FILE.test(new URL(url).pathname);
