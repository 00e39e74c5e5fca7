import type { CreatedSuggestion, Locale } from '@jianyi/core';
import { css, html, nothing } from 'lit';
import { formatDateTime, partTerms } from '../../internal/localize.js';
import { successViewTerms } from './success-view.i18n.js';
import { actionTerms } from './actions.i18n.js';

// The view after a suggestion is stored, with its copy and save actions: a separate file
// that <jy-suggestion-form> fetches together with the request that stores a suggestion,
// as a citizen who only reads the form never needs it.

export { successViewTerms };
// The few terms the plain fallback view (./actions.js) shows too are in that file's table.
const t = partTerms(successViewTerms, actionTerms);

/** What the success view reads from and does through its form. */
export interface SuccessHost {
  locale: Locale;
  trackUrl: string;
  /** What the copy buttons last said ("copied" or "select it yourself"). */
  note: string;
  setNote(note: string): void;
  root: HTMLElement | DocumentFragment;
  another(): void;
}

export const successStyles = css`
  .success h2 {
    color: var(--_success);
  }
  .success h2:focus {
    outline: none;
  }
  .codes {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .codes > div {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  dt {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  dd {
    margin: 4px 0 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.25em;
    font-weight: 600;
    letter-spacing: 0.04em;
    word-break: break-all;
    user-select: all;
  }
  #access-key {
    font-size: 1em;
    letter-spacing: 0;
  }
  .warning {
    color: var(--_warning);
    font-size: 0.875em;
  }
  .received {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .copy-note {
    min-height: 1.6em;
    margin-block: calc(var(--_space) / -2);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: calc(var(--_space) / 2);
  }
  a.button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
  }
  a.button.primary {
    background: var(--_primary);
    color: var(--_primary-text);
  }

`;

const safeLink = (url: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(url, location.href).protocol);
  } catch {
    return false;
  }
};

function trackHref(host: SuccessHost, created: CreatedSuggestion): string | undefined {
  if (!host.trackUrl) return undefined;
  const href = host.trackUrl
    .replaceAll('{code}', encodeURIComponent(created.suggestion.id))
    .replaceAll('{key}', encodeURIComponent(created.accessKey));
  return safeLink(href) ? href : undefined;
}

async function copy(host: SuccessHost, what: 'trackingCode' | 'accessKey', text: string, source: string) {
  const label = t(host.locale, what);
  try {
    if (!navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(text);
    host.setNote(t(host.locale, 'copied', { what: label }));
  } catch {
    // Clipboard refused (an http page, an old WebView, no permission): select the text
    // so a long press or Ctrl+C copies it.
    const element = host.root.querySelector(source);
    if (element) getSelection()?.selectAllChildren(element);
    host.setNote(t(host.locale, 'copyFailed', { what: label }));
  }
}

function save(host: SuccessHost, created: CreatedSuggestion) {
  const locale = host.locale;
  const href = trackHref(host, created);
  const lines = [
    t(locale, 'saveName'),
    '',
    `${t(locale, 'trackingCode')}: ${created.suggestion.id}`,
    `${t(locale, 'accessKey')}: ${created.accessKey}`,
    `${t(locale, 'saveTitle')}: ${created.suggestion.title}`,
    `${t(locale, 'saveDate')}: ${formatDateTime(created.suggestion.createdAt, locale)}`,
    ...(href ? [`${t(locale, 'saveLink')}: ${new URL(href, location.href).href}`] : []),
    '',
    t(locale, 'saveWarning'),
    '',
  ];
  // A byte order mark, so older Windows Notepad reads the Chinese as UTF-8.
  const file = new Blob(['\ufeff', lines.join('\r\n')], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = `jianyi-${created.suggestion.id}.txt`;
  link.hidden = true;
  host.root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The tracking code and access key, with copy buttons, a link to follow it, a file to save and a way back to the form. */
export function successView(host: SuccessHost, created: CreatedSuggestion) {
  const locale = host.locale;
  const href = trackHref(host, created);
  const code = created.suggestion.id;
  return html`<section class="success" part="success" aria-labelledby="success-heading">
    <h2 id="success-heading" tabindex="-1"><span aria-hidden="true">✓</span> ${t(locale, 'successHeading')}</h2>
    <p class="received">${t(locale, 'received', { title: created.suggestion.title })}</p>
    <p>${t(locale, 'successIntro')}</p>
    <dl class="codes">
      <div>
        <dt>${t(locale, 'trackingCode')}</dt>
        <dd>
          <code part="tracking-code" id="tracking-code">${code}</code>
          <button type="button" part="copy" @click=${() => void copy(host, 'trackingCode', code, '#tracking-code')}>
            ${t(locale, 'copy', { what: t(locale, 'trackingCode') })}
          </button>
        </dd>
      </div>
      <div>
        <dt>${t(locale, 'accessKey')}</dt>
        <dd>
          <code part="access-key" id="access-key">${created.accessKey}</code>
          <button type="button" part="copy" @click=${() => void copy(host, 'accessKey', created.accessKey, '#access-key')}>
            ${t(locale, 'copy', { what: t(locale, 'accessKey') })}
          </button>
        </dd>
      </div>
    </dl>
    <p class="warning">${t(locale, 'accessKeyWarning')}</p>
    <p class="copy-note" role="status">${host.note}</p>
    <div class="actions">
      ${href ? html`<a class="button primary" part="track" href=${href}>${t(locale, 'track')}</a>` : nothing}
      <button type="button" part="save" @click=${() => save(host, created)}>${t(locale, 'save')}</button>
      <button type="button" part="another" @click=${() => host.another()}>${t(locale, 'another')}</button>
    </div>
  </section>`;
}
