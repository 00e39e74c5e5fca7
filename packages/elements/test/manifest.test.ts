// custom-elements.json is what IDEs, Storybook and portal developers read: it must list
// every element with its attributes, events, parts and CSS properties.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]),
);
const names = (list?: { name: string }[]) => (list ?? []).map((item) => item.name);

test('every element is listed with its contract', () => {
  assert.deepEqual([...elements.keys()].sort(), ['jy-hot-topic-poll', 'jy-provider', 'jy-rating', 'jy-status-tracker', 'jy-suggestion-form']);
  for (const [tag, element] of elements) {
    assert.ok(names(element.attributes).includes('api-base'), `${tag}: api-base`);
    if (tag === 'jy-provider') continue;
    assert.ok(names(element.events).includes('jy-error'), `${tag}: jy-error event`);
    assert.ok(names(element.cssParts).length >= 3, `${tag}: parts`);
    assert.ok(names(element.cssProperties).some((name) => name.startsWith('--jy-')), `${tag}: --jy-* properties`);
  }
  assert.ok(names(elements.get('jy-suggestion-form')!.events).includes('jy-submitted'));
  assert.ok(names(elements.get('jy-hot-topic-poll')!.events).includes('jy-voted'));
  assert.ok(names(elements.get('jy-hot-topic-poll')!.attributes).includes('topic'));
  assert.ok(names(elements.get('jy-status-tracker')!.attributes).includes('tracking-code'));
  assert.ok(names(elements.get('jy-rating')!.attributes).includes('access-key'));
});
