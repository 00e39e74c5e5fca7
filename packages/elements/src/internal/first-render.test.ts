import { expect } from '@open-wc/testing';
import type { JyRating } from '../components/rating/rating.js';
import '../components/rating/jy-rating.js';

/**
 * Appends a rating after `spacerPx` of page (after another rating that renders first, when
 * `second`), and reports whether a task queued right after the append ran before the
 * rating's first render finished.
 */
async function firstRender(spacerPx: number, { hidden = false, second = false } = {}) {
  const host = document.createElement('div');
  if (second) host.append(Object.assign(document.createElement('jy-rating'), { name: 'first' }));
  host.insertAdjacentHTML('beforeend', `<div style="height:${spacerPx}px"></div>`);
  const el = document.createElement('jy-rating') as JyRating;
  el.setAttribute('name', 'rating');
  el.hidden = hidden;
  host.append(el);
  document.body.append(host);
  let laterTaskRan = false;
  setTimeout(() => (laterTaskRan = true));
  await el.updateComplete;
  const rendered = (el.shadowRoot?.childElementCount ?? 0) > 0;
  host.remove();
  return { rendered, laterTaskRan };
}

describe('first render', () => {
  it('renders a widget on screen in the task that connected it, so no frame paints without it', async () => {
    const { rendered, laterTaskRan } = await firstRender(0);
    expect(rendered).to.equal(true);
    expect(laterTaskRan).to.equal(false);
  });

  it('renders a second widget on screen in a later task, yet before the next frame paints', async () => {
    const host = document.createElement('div');
    const [first, second] = ['a', 'b'].map((name) => {
      const el = document.createElement('jy-rating') as JyRating;
      el.setAttribute('name', name);
      return el;
    });
    host.append(first!, second!);
    document.body.append(host);
    // A ResizeObserver reports in the next frame, after its layout and before its paint, and
    // only what has a size: the first rating has one by then, so the pair's box is reported
    // as that frame shows it.
    const heightInNextFrame = new Promise<number>((resolve) => {
      const observer = new ResizeObserver(([entry]) => {
        observer.disconnect();
        resolve(entry!.contentRect.height);
      });
      observer.observe(host);
    });
    await first!.updateComplete;
    const secondRenderedWithFirst = (second!.shadowRoot?.childElementCount ?? 0) > 0;
    const shown = await heightInNextFrame;
    await second!.updateComplete;
    const both = host.getBoundingClientRect().height;
    const firstAlone = first!.getBoundingClientRect().height;
    host.remove();
    expect(secondRenderedWithFirst).to.equal(false);
    expect(both).to.be.greaterThan(firstAlone); // the second takes room of its own
    expect(shown).to.equal(both);
  });

  it('renders the first widget at once wherever it is, without laying out the page to find out', async () => {
    const { rendered, laterTaskRan } = await firstRender(innerHeight * 3);
    expect(rendered).to.equal(true);
    expect(laterTaskRan).to.equal(false);
  });

  it('renders a widget below the visible page, after one that rendered at once, in a task of its own', async () => {
    const { rendered, laterTaskRan } = await firstRender(innerHeight * 3, { second: true });
    expect(rendered).to.equal(true);
    expect(laterTaskRan).to.equal(true);
  });

  it('renders a hidden widget in a task of its own', async () => {
    const { rendered, laterTaskRan } = await firstRender(0, { hidden: true });
    expect(rendered).to.equal(true);
    expect(laterTaskRan).to.equal(true);
  });
});
