import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, entryMark, timelineAt } from './helpers.js';
import { contrast, rgb } from './color.js';

/**
 * Runs in every browser: Chromium emulates the media features through the DevTools protocol;
 * Firefox cannot emulate them over WebDriver BiDi, so CI also runs this file in a Firefox started
 * with the preferences set (the `firefox-preferences` group in web-test-runner.config.js).
 */
describe('<belarus-timeline> user preferences', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-media-features', []);
  });

  it('drops transitions on marks under prefers-reduced-motion', async function () {
    const el = await timelineAt(1280);
    const hit = $(el, '[part~="entry"] .hit')!;
    // Preset: the Firefox started with the preference set (see web-test-runner.config.js).
    const preset = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!preset) expect(getComputedStyle(hit).transitionDuration).to.not.match(/^0s(, 0s)*$/);
    const emulated =
      preset ||
      (await executeServerCommand('emulate-media-features', [
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]));
    if (!emulated) {
      console.warn('SKIPPED: this browser cannot emulate prefers-reduced-motion');
      this.skip();
    }
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(getComputedStyle(hit).transitionDuration).to.match(/^0s(, 0s)*$/);
  });

  it('keeps marks, lanes, focus ring and selection visible with forced colours', async function () {
    const el = await timelineAt(1280, { selected: 'election-2020' });
    const ok =
      matchMedia('(forced-colors: active)').matches ||
      (await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]));
    if (!ok || !matchMedia('(forced-colors: active)').matches) {
      console.warn('SKIPPED: this browser cannot emulate forced-colors');
      this.skip();
    }
    await new Promise((r) => setTimeout(r, 200)); // let the hover/selection transitions end
    // Forced colours paint the background Canvas, whatever the theme says.
    const background = `rgb(${rgb('Canvas').join(', ')})`;
    const canvasText = rgb('CanvasText');
    for (const selector of ['.solid', '.dot', '.lane-swatch']) {
      const fill = getComputedStyle($(el, selector)!).fill;
      expect(fill, selector).to.equal(`rgb(${canvasText.join(', ')})`);
      expect(contrast(fill, background), selector).to.be.at.least(3);
    }
    expect(getComputedStyle($(el, '.uncertain')!).stroke).to.equal(`rgb(${canvasText.join(', ')})`);
    const selected = entryMark(el, 'election-2020')!.querySelector('.hit')!;
    // Chromium paints a forced Highlight stroke slightly translucent: compare the colour itself.
    const stroke = getComputedStyle(selected)
      .stroke.match(/[\d.]+/g)!
      .map(Number);
    expect(stroke.slice(0, 3)).to.deep.equal(rgb('Highlight'));
    expect(stroke[3] ?? 1).to.be.at.least(0.5);
  });

  it('strengthens uncertain marks under prefers-contrast: more', async function () {
    const el = await timelineAt(1280);
    const preset = matchMedia('(prefers-contrast: more)').matches;
    // Without the preference the dashed edge is 1.25px (see the styles).
    const before = preset ? 1.25 : parseFloat(getComputedStyle($(el, '.uncertain')!).strokeWidth);
    const ok =
      preset ||
      (await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }]));
    if (!ok || !matchMedia('(prefers-contrast: more)').matches) {
      console.warn('SKIPPED: this browser cannot emulate prefers-contrast');
      this.skip();
    }
    expect(parseFloat(getComputedStyle($(el, '.uncertain')!).strokeWidth)).to.be.greaterThan(before);
  });
});
