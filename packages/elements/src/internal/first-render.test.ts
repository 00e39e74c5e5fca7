import { expect } from '@open-wc/testing';
import type { JyRating } from '../components/rating/rating.js';
import '../components/rating/jy-rating.js';

/**
 * Appends a rating after `spacerPx` of page, and reports whether a task queued right after
 * the append ran before the widget's first render finished.
 */
async function firstRender(spacerPx: number, hidden = false) {
  const host = document.createElement('div');
  host.innerHTML = `<div style="height:${spacerPx}px"></div>`;
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

  it('renders a widget below the visible page in a task of its own', async () => {
    const { rendered, laterTaskRan } = await firstRender(innerHeight * 3);
    expect(rendered).to.equal(true);
    expect(laterTaskRan).to.equal(true);
  });

  it('renders a hidden widget in a task of its own', async () => {
    const { rendered, laterTaskRan } = await firstRender(0, true);
    expect(rendered).to.equal(true);
    expect(laterTaskRan).to.equal(true);
  });
});
