// `npm test` needs a Chromium or Chrome. When none is found and we are root on Debian, install
// Debian's packages (chromium, and firefox-esr for the second browser); elsewhere, say what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome, findFirefox } from './browsers.js';

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const missing = [];
if (!findChrome()) missing.push('chromium');
if (!findFirefox()) missing.push('firefox-esr');

if (missing.length && isRoot && hasApt) {
  console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests…`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
} else if (!findChrome()) {
  console.error(
    'No Chrome or Chromium found: install Chromium (or set CHROME_PATH to a Chrome binary) and run `npm test` again.',
  );
  process.exit(1);
} else if (!findFirefox()) {
  console.warn(
    'Firefox not found: running the tests in Chromium only (install firefox-esr or set FIREFOX_PATH for both).',
  );
}
