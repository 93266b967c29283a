// Where the test browsers live. Debian's packages put them in /usr/bin; CHROME_PATH and
// FIREFOX_PATH point elsewhere.
import { existsSync } from 'node:fs';

const first = (paths) => paths.find((p) => p && existsSync(p));

export const findChrome = () =>
  first([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]);

export const findFirefox = () =>
  first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
