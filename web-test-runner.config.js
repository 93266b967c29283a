// Tests run in Debian's Chromium and Firefox ESR, headless. Browsers come from the system: this
// machine's network reaches only package registries, so no launcher may download its own.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findChrome, findFirefox } from './scripts/browsers.js';

const article = fileURLToPath(new URL('../shared/source/article-2022-10.nl.txt', import.meta.url));

/** Serves the source article to the dataset test when ../shared is there (CI, the team's machines). */
const sharedArticle = {
  name: 'shared-article',
  serve(context) {
    // Without ../shared, fall through to the file server, which answers 404: the test then skips.
    if (context.path !== '/__shared/article-2022-10.nl.txt' || !existsSync(article)) return undefined;
    return { body: readFileSync(article, 'utf8'), type: 'text/plain' };
  },
};

/**
 * `emulate-media-features`: any media feature the browser's DevTools protocol can emulate
 * (forced-colors, prefers-contrast, …), which @web/test-runner-commands' emulateMedia does not
 * pass on for puppeteer-driven browsers. Answers false where the browser cannot.
 */
/**
 * Test-only endpoints: `/__delay/<ms>/<path>` answers with the file at `<path>` after `<ms>`
 * milliseconds (a slow `src` to overtake); pages under `/test/csp/` are served with the SPEC's
 * Content-Security-Policy, Trusted Types enforced.
 */
const CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const testServer = {
  name: 'test-server',
  async serve(context) {
    const match = context.path.match(/^\/__delay\/(\d+)(\/.+)$/);
    if (!match) return undefined;
    await new Promise((resolve) => setTimeout(resolve, Math.min(5000, Number(match[1]))));
    const file = fileURLToPath(new URL(`.${match[2]}`, import.meta.url));
    if (!existsSync(file)) return { body: 'not found', status: 404 };
    return { body: readFileSync(file, 'utf8'), type: 'application/json' };
  },
  transform(context) {
    if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', CSP);
    return undefined;
  },
};

const cdp = new WeakMap();
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page) return false;
    try {
      // Puppeteer's emulateMediaFeatures accepts only a few names; the protocol takes them all.
      if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
      await cdp.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    } catch {
      // Firefox (WebDriver BiDi): whatever puppeteer can do there, else false.
      try {
        await page.emulateMediaFeatures(payload);
        return true;
      } catch {
        return false;
      }
    }
  },
};

const chrome = findChrome();
const firefox = findFirefox();
const only = process.env.BROWSERS?.split(',');
const want = (name) => !only || only.includes(name);

const browsers = [];
if (chrome && want('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chrome,
        headless: true,
        args: [
          // gc(): the lifecycle test checks that removed elements are collected.
          '--js-flags=--expose-gc',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  );
}
if (firefox && want('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
      concurrency: 1,
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  // GREP="pattern" runs only the tests whose title matches.
  testFramework: { config: { timeout: 10000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    sharedArticle,
    mediaFeatures,
    testServer,
  ],
};
