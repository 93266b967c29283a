import { expect } from '@open-wc/testing';
import { download } from '../../src/export/download.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="red"/></svg>';

/** The downloads `download` starts: the anchor's file name and what its URL holds. */
async function downloads(run: () => Promise<void>): Promise<{ name: string; blob: Blob }[]> {
  const clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    await run();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  // The object URL lives a second after the click: long enough to read it back.
  return Promise.all(
    clicked.map(async (a) => ({ name: a.download, blob: await (await fetch(a.href)).blob() })),
  );
}

describe('downloads (export/download)', () => {
  it('downloads the SVG as it is, named after the heading', async () => {
    const [file, ...rest] = await downloads(() =>
      download(SVG, 'Loekasjenko, Poetin en de oorlog in Oekraïne', 'svg'),
    );
    expect(rest).to.have.length(0);
    expect(file.name).to.equal('Loekasjenko-Poetin-en-de-oorlog-in-Oekraïne.svg');
    expect(file.blob.type).to.equal('image/svg+xml');
    expect(await file.blob.text()).to.equal(SVG);
  });

  it('draws a PNG at twice the size', async () => {
    const [file] = await downloads(() => download(SVG, 'Map', 'png'));
    expect(file.name).to.equal('Map.png');
    expect(file.blob.type).to.equal('image/png');
    const image = await createImageBitmap(file.blob);
    expect([image.width, image.height]).to.deep.equal([80, 60]);
  });

  it('names a heading without letters or digits "timeline", and downloads nothing for an empty view', async () => {
    const [file] = await downloads(() => download(SVG, ' — !! ', 'svg'));
    expect(file.name).to.equal('timeline.svg');
    expect(await downloads(() => download('', 'Heading', 'svg'))).to.deep.equal([]);
  });

  it('gives up quietly on a PNG of something that is no image', async () => {
    expect(await downloads(() => download('<not-svg', 'Broken', 'png'))).to.deep.equal([]);
  });
});
