// The self-contained bundle's esbuild options, shared by `npm run build` and `npm run size`.
import { readFile } from 'node:fs/promises';

/**
 * Lit's css`` templates are plain strings to esbuild; squeeze their whitespace and comments so
 * the stylesheet costs what it says, not its indentation. Only `*.styles.js` modules are touched,
 * and they hold no `${}` interpolations.
 */
const minifyCss = {
  name: 'minify-css',
  setup(build) {
    build.onLoad({ filter: /\.styles\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(/css`([\s\S]*?)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};:,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { contents, loader: 'js' };
    });
  },
};

export const bundleOptions = {
  // From tsc's output, so that package.json's "sideEffects" (which names dist/define.js) applies.
  entryPoints: ['dist/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  legalComments: 'none',
  // The element never animates a zoom, so d3-zoom's transition machinery stays out (see scripts/stubs/).
  alias: {
    'd3-transition': './scripts/stubs/d3-transition.js',
    'd3-interpolate': './scripts/stubs/d3-interpolate.js',
  },
  plugins: [minifyCss],
};
