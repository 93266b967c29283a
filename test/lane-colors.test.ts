import { expect } from '@open-wc/testing';
import type { TimelineLane } from '../src/data/types.js';
import { fallbackColors, laneSheet } from '../src/lane-colors.js';

/** The `--_lane` value that `laneSheet` gives `.lane-<index>`, whitespace normalized across browsers. */
function laneValues(lanes: TimelineLane[]): string[] {
  const sheet = laneSheet(lanes);
  return [...sheet.cssRules].map((rule, i) => {
    const style = rule as CSSStyleRule;
    expect(style.selectorText).to.equal(`.lane-${i}`);
    return style.style.getPropertyValue('--_lane').trim().replace(/\s+/g, ' ');
  });
}

const lane = (id: string, color?: unknown): TimelineLane =>
  (color === undefined ? { id, label: id } : { id, label: id, color }) as TimelineLane;

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(p: string, q: string): number {
  const [light, dark] = [luminance(p), luminance(q)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

describe('laneSheet', () => {
  it("uses each lane's own colour behind the page's custom property", () => {
    const values = laneValues([
      lane('belarus', '#d03a2f'),
      lane('russia', 'rebeccapurple'),
      lane('relations', 'rgb(10 20 30)'),
      lane('war_2', 'hsl(10 50% 40%)'),
    ]);
    expect(values).to.deep.equal([
      'var(--belarus-timeline-lane-belarus, #d03a2f)',
      'var(--belarus-timeline-lane-russia, rebeccapurple)',
      'var(--belarus-timeline-lane-relations, rgb(10 20 30))',
      'var(--belarus-timeline-lane-war_2, hsl(10 50% 40%))',
    ]);
  });

  it('falls back to the palette, by lane position, without a valid colour', () => {
    const values = laneValues([
      lane('a'),
      lane('b', 'notacolor'),
      lane('c', ''),
      lane('d', 42),
      lane('e', '#12'),
      lane('f', 'url(https://example.com/x.png)'),
      lane('g', '#3a78c2'),
      lane('h', 'transparent'),
      lane('i', 'chartreuse-ish'),
    ]);
    expect(values).to.deep.equal([
      `var(--belarus-timeline-lane-a, ${fallbackColors[0]})`,
      `var(--belarus-timeline-lane-b, ${fallbackColors[1]})`,
      `var(--belarus-timeline-lane-c, ${fallbackColors[2]})`,
      `var(--belarus-timeline-lane-d, ${fallbackColors[3]})`,
      `var(--belarus-timeline-lane-e, ${fallbackColors[4]})`,
      `var(--belarus-timeline-lane-f, ${fallbackColors[5]})`,
      'var(--belarus-timeline-lane-g, #3a78c2)',
      'var(--belarus-timeline-lane-h, transparent)',
      // The palette wraps around after its last colour.
      `var(--belarus-timeline-lane-i, ${fallbackColors[8 % fallbackColors.length]})`,
    ]);
  });

  it('never writes a colour that could break out of its rule', () => {
    const attacks = [
      'red;}{',
      'red; } :host { display: none',
      'red } .lane-0 { --_lane: blue',
      // The browser calls this a colour (var() defers the check), so only the module's own guard stops it.
      'var(--a,{red})',
    ];
    expect(CSS.supports('color', attacks[3])).to.be.true;
    const sheet = laneSheet(attacks.map((color, i) => lane(`l${i}`, color)));
    // One rule per lane, and nothing else.
    expect(sheet.cssRules).to.have.length(attacks.length);
    const values = laneValues(attacks.map((color, i) => lane(`l${i}`, color)));
    values.forEach((value, i) => {
      expect(value).to.equal(`var(--belarus-timeline-lane-l${i}, ${fallbackColors[i]})`);
    });
  });

  it('gives a lane with an unsafe id no custom property, only its colour', () => {
    const values = laneValues([
      lane('two words', '#2e7d4f'),
      lane('x),red', '#c2185b'),
      lane('ünïcode'),
      lane(''),
      lane('ok-id', '#00838f'),
    ]);
    expect(values).to.deep.equal([
      '#2e7d4f',
      '#c2185b',
      fallbackColors[2],
      fallbackColors[3],
      'var(--belarus-timeline-lane-ok-id, #00838f)',
    ]);
  });

  it('makes an empty sheet for no lanes', () => {
    expect(laneSheet([]).cssRules).to.have.length(0);
  });
});

describe('fallbackColors', () => {
  it('are distinct #rrggbb colours', () => {
    expect(fallbackColors.length).to.be.at.least(4);
    for (const color of fallbackColors) expect(color).to.match(/^#[0-9a-f]{6}$/i);
    expect(new Set(fallbackColors.map((c) => c.toLowerCase())).size).to.equal(fallbackColors.length);
  });

  it('the contrast helper agrees with known WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrast('#ffffff', '#ffffff')).to.be.closeTo(1, 1e-9);
    // #767676 is the well-known lightest grey with 4.5:1 on white.
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
  });

  it('each have at least 3:1 contrast on the light and the dark background', () => {
    for (const color of fallbackColors) {
      expect(contrast(color, '#ffffff'), `${color} on #ffffff`).to.be.at.least(3);
      expect(contrast(color, '#15171c'), `${color} on #15171c`).to.be.at.least(3);
    }
  });
});
