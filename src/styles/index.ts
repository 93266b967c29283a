import { chrome } from './chrome.js';
import { media } from './media.js';
import { panels } from './panels.js';
import { plot } from './plot.js';
import { tokens } from './tokens.js';

/** The element's styles, in cascade order: the media queries last, so that they win. */
export const styles = [tokens, chrome, plot, panels, media];
