import { ContextEvent } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { jianyiContext, type JianyiContext } from '../../context/jianyi-context.js';
import { JyElement } from '../../internal/jy-element.js';
import { JyRating } from '../rating/rating.js';
import { apiBase, mockApi } from '../../test-support/mock-api.js';
import type { JyProvider } from './provider.js';
import './jy-provider.js';
import '../rating/jy-rating.js';

describe('<jy-provider>', () => {
  before(() => mockApi());

  it('shares its locale with the widgets inside, and a widget’s own lang wins', async () => {
    const provider = await fixture<JyProvider>(html`<jy-provider api-base=${apiBase} lang="en"><jy-rating></jy-rating><jy-rating lang="zh-TW"></jy-rating></jy-provider>`);
    await expect(provider).to.be.accessible();
    const [english, traditional] = [...provider.querySelectorAll('jy-rating')];
    await english!.updateComplete;
    expect(english!.shadowRoot!.querySelector('legend')!.textContent).to.equal('Are you satisfied with how it was handled?');
    expect(traditional!.shadowRoot!.querySelector('legend')!.textContent).to.equal('您對辦理結果滿意嗎？');
  });

  it('passes its theme down; a widget without a provider follows the system', async () => {
    const provider = await fixture<JyProvider>(html`<jy-provider theme="dark"><jy-rating></jy-rating></jy-provider>`);
    const rating = provider.querySelector('jy-rating')!;
    await rating.updateComplete;
    expect(rating.dataset.theme).to.equal('dark');
    expect(getComputedStyle(rating).getPropertyValue('--_surface').trim()).to.equal('#1e1f24', 'dark surface applied');
    const alone = await fixture<JyRating>(html`<jy-rating></jy-rating>`);
    expect(alone.dataset.theme).to.equal('auto');
  });

  it('a change on the provider reaches the widgets inside; a widget taken out stops following it', async () => {
    const provider = await fixture<JyProvider>(html`<jy-provider theme="light"><jy-rating></jy-rating></jy-provider>`);
    const rating = provider.querySelector('jy-rating')!;
    await rating.updateComplete;
    expect(rating.dataset.theme).to.equal('light');
    provider.theme = 'dark';
    await provider.updateComplete;
    await rating.updateComplete;
    expect(rating.dataset.theme).to.equal('dark');
    document.body.append(rating);
    provider.theme = 'light';
    await provider.updateComplete;
    await rating.updateComplete;
    expect(rating.dataset.theme).to.equal('dark', 'no longer told by the provider it left');
    rating.remove();
  });

  it('answers the context protocol as @lit/context asks, so an integrator’s element gets the same client', async () => {
    const provider = await fixture<JyProvider>(html`<jy-provider api-base=${apiBase}><div></div></jy-provider>`);
    await provider.updateComplete;
    const own = provider.querySelector('div')!;
    const received: (JianyiContext | undefined)[] = [];
    own.dispatchEvent(new ContextEvent(jianyiContext, own, (value) => received.push(value), true));
    expect(received.length).to.equal(1);
    expect(received[0]!.apiBase).to.equal(apiBase);
    expect(received[0]!.client.suggestions).to.exist;
    provider.theme = 'dark';
    await provider.updateComplete;
    expect(received.length).to.equal(2, 'a subscriber hears of the change');
    expect(received[1]!.theme).to.equal('dark');
  });

  it('registration is safe to run twice; another version warns once and keeps the first', async () => {
    JyRating.define('jy-rating');
    expect(customElements.get('jy-rating')).to.equal(JyRating);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class Newer extends JyElement {
        static override version = '9.9.9';
      }
      Newer.define('jy-rating', Newer);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('jy-rating')).to.equal(JyRating);
    expect(warnings.length).to.equal(1);
  });
});
