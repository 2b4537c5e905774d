// How every test and the benchmark start the system Chromium: never a downloaded browser, and
// none of its background connections (this machine's network is closed; a reader's answers are
// not the only thing that must not phone home).
export const CHROMIUM_LAUNCH = Object.freeze({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
