// The self-contained bundle's esbuild options, shared by `npm run build` and `npm run size`.
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-html-literals';

/**
 * Lit's html``, svg`` and css`` templates are plain strings to esbuild: minify-html-literals
 * squeezes their whitespace and comments (about 1.5 KB gzipped). Only our own modules.
 */
const minifyLiterals = {
  name: 'minify-html-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
      if (path.includes('node_modules')) return undefined;
      const source = await readFile(path, 'utf8');
      const result = minifyHTMLLiterals(source, { fileName: path });
      return { contents: result ? result.code : source, loader: 'js' };
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
  plugins: [minifyLiterals],
};

/**
 * Private members of the element and its controllers that terser may rename (long names that are
 * never read by string and are no platform, Lit or d3 API): about 1 KB gzipped. Reactive state
 * (read as `changed.has('…')`) and short, generic names stay as they are.
 */
const PRIVATE = `allTimes announcement applyLaneStyles applyLink baseScale byId currentLayout currentWindow
  ensureVisible entryById errorMessage gapList handleEntryClick handleKeydown handleListClick
  handleNavigation handlePlainWheel handlePrint handleSource handleUserZoomEnd handleWheel
  handleZoomKeys hiddenLanes hintTimer indexShown laneStyles laneTimes langObserver layoutState
  measureCache measureContext moveFocus openCluster prepared printQuery renderAxis renderBreaks
  renderCluster renderDetail renderEntry renderError renderLanes renderLegend renderLines renderList
  renderMark renderPlot renderSource renderTracks resolveLang shownIndex startOf summaryData
  timeRange toggleLane toggleView transformFor userSelect visibleItems wheelTimer windowPending
  zoomByUser`.split(/\s+/);

export const terserOptions = {
  module: true,
  ecma: 2022,
  compress: { passes: 3 },
  mangle: { properties: { regex: new RegExp(`^(?:${PRIVATE.join('|')})$`) } },
};
