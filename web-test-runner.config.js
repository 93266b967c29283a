// Tests run in Debian's Chromium and Firefox ESR, headless. Browsers come from the system: this
// machine's network reaches only package registries, so no launcher may download its own.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build, transform } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { failureSummary } from './scripts/failure-summary.js';
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
 * milliseconds (a slow `src` to overtake); `/__flaky/<key>/<path>` answers 503 the first time a
 * key is asked for and the file after that (a retry); pages under `/test/csp/` are served with the SPEC's
 * Content-Security-Policy, Trusted Types enforced.
 */
const CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const failedOnce = new Set();
/**
 * `/__flaky/…`, as middleware: a plugin's `serve` can set no status, and its answers are cached.
 * (The server marks every answer `max-age=31536000`, so the browser keeps the 503: a retry must
 * ask past its cache, as the element's does.)
 */
async function flaky(context, next) {
  const match = context.path.match(/^\/__flaky\/([\w-]+)(\/.+)$/);
  if (!match) return next();
  if (!failedOnce.has(match[1])) {
    failedOnce.add(match[1]);
    context.status = 503;
    context.body = 'try again';
    return undefined;
  }
  context.type = 'application/json';
  context.body = readFileSync(fileURLToPath(new URL(`.${match[2]}`, import.meta.url)), 'utf8');
  return undefined;
}
const testServer = {
  name: 'test-server',
  async serve(context) {
    const match = context.path.match(/^\/__delay\/(\d+)(\/.+)$/);
    if (!match) return undefined;
    await new Promise((resolve) => setTimeout(resolve, Math.min(5000, Number(match[1]))));
    const file = fileURLToPath(new URL(`.${match[2]}`, import.meta.url));
    if (!existsSync(file)) return { body: 'not found', status: 404 };
    // Never from the cache: each page that asks waits again.
    const headers = { 'cache-control': 'no-store' };
    return {
      body: readFileSync(file, 'utf8'),
      type: file.endsWith('.js') ? 'js' : 'application/json',
      headers,
    };
  },
  transform(context) {
    if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', CSP);
    return undefined;
  },
};

/**
 * The framework examples (docs/frameworks/, test/frameworks/): compiles `.svelte` (Svelte 5, runes)
 * and `.tsx` (React's automatic JSX runtime); serves React, which ships CommonJS only, as ES modules
 * (one esbuild bundle, so one React); maps `vue` and `svelte` to their browser builds (Vue's without
 * `process.env`, with the template compiler) and `belarus-timeline` to the source, so that the
 * examples import it as users do.
 */
const reactModules = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const here = fileURLToPath(new URL('.', import.meta.url));
let react;
/** The bundle, and each module's export names (read in a child: React's dev build trips wtr's console). */
const bundleReact = async () => ({
  bundle: await build({
    stdin: {
      contents: reactModules.map((m, i) => `export * as m${i} from '${m}';`).join('\n'),
      resolveDir: here,
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
  }),
  names: JSON.parse(
    execFileSync(
      process.execPath,
      ['-p', `JSON.stringify(${JSON.stringify(reactModules)}.map((m) => Object.keys(require(m))))`],
      { cwd: here },
    ),
  ),
});
const frameworks = {
  name: 'frameworks',
  resolveMimeType: ({ path }) => (/\.(svelte|tsx)$/.test(path) ? 'js' : undefined),
  resolveImport({ source }) {
    if (reactModules.includes(source)) return `/__react/${source}.js`;
    return {
      vue: '/node_modules/vue/dist/vue.esm-browser.js',
      svelte: '/node_modules/svelte/src/index-client.js', // its `browser` export, which nodeResolve skips
      'belarus-timeline': '/src/index.ts',
      'belarus-timeline/data': '/src/data/index.ts',
    }[source];
  },
  async serve({ path }) {
    const name = path.match(/^\/__react\/(.+)\.js$/)?.[1];
    if (name !== 'bundle' && !reactModules.includes(name)) return undefined;
    const { bundle, names } = await (react ??= bundleReact());
    if (name === 'bundle') return { body: bundle.outputFiles[0].text, type: 'js' };
    const i = reactModules.indexOf(name);
    const exported = names[i].filter((k) => /^[A-Za-z_$][\w$]*$/.test(k)).join(', ');
    const body = `import { m${i} as m } from '/__react/bundle.js';\nexport default m.default;\nexport const { ${exported} } = m;`;
    return { body, type: 'js' };
  },
  async transform({ path, body }) {
    if (path.endsWith('.svelte')) {
      const { compile } = await import('svelte/compiler');
      return { body: compile(body, { filename: path, generate: 'client', runes: true }).js.code };
    }
    if (path.endsWith('.tsx')) {
      const options = { loader: 'tsx', jsx: 'automatic', target: 'es2022', sourcefile: path };
      return { body: (await transform(body, options)).code };
    }
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

/**
 * `touch`: a real touch gesture through Chromium's DevTools protocol (`Input.dispatchTouchEvent`),
 * so that the browser decides about scrolling as it does on a phone. Payload: `{ enable: boolean }`
 * to turn touch emulation on or off (before the element binds: d3-zoom asks `maxTouchPoints`), or
 * `{ fingers: [[x0, y0, x1, y1], …], steps? }`: each finger moves from (x0, y0) to (x1, y1), in
 * viewport px. Answers false where the protocol is not there (Firefox over WebDriver BiDi).
 */
const touch = {
  name: 'touch',
  async executeCommand({ command, payload, session }) {
    if (command !== 'touch') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page) return false;
    try {
      if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
    } catch {
      return false;
    }
    const client = cdp.get(page);
    if ('enable' in payload) {
      await client.send('Emulation.setTouchEmulationEnabled', {
        enabled: payload.enable,
        maxTouchPoints: payload.enable ? 5 : 1,
      });
      return true;
    }
    const { fingers, steps = 12 } = payload;
    const at = (f) =>
      fingers.map(([x0, y0, x1, y1], id) => ({ x: x0 + (x1 - x0) * f, y: y0 + (y1 - y0) * f, id }));
    const send = (type, touchPoints) => client.send('Input.dispatchTouchEvent', { type, touchPoints });
    await send('touchStart', at(0));
    for (let i = 1; i <= steps; i++) {
      await send('touchMove', at(i / steps));
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    await send('touchEnd', []);
    return true;
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

/**
 * Firefox over WebDriver BiDi cannot emulate media features, so the preference tests run once
 * more in a Firefox started with the preferences set: reduced motion, forced colours ("always use
 * my colours") and more contrast (the accessibility theme).
 */
const groups =
  firefox && want('firefox')
    ? [
        {
          name: 'firefox-preferences',
          files: ['test/element/preferences.test.ts'],
          browsers: [
            puppeteerLauncher({
              launchOptions: {
                browser: 'firefox',
                executablePath: firefox,
                headless: true,
                extraPrefsFirefox: {
                  'ui.prefersReducedMotion': 1,
                  'browser.display.document_color_use': 2,
                  'ui.useAccessibilityTheme': 1,
                },
              },
              concurrency: 1,
            }),
          ],
        },
      ]
    : [];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  groups,
  concurrency: 1,
  reporters: [defaultReporter(), failureSummary()],
  // GREP="pattern" runs only the tests whose title matches.
  testFramework: { config: { timeout: 10000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  testsFinishTimeout: 300000,
  middleware: [flaky],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    sharedArticle,
    mediaFeatures,
    touch,
    testServer,
    frameworks,
  ],
};
