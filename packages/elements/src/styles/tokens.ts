import { css } from 'lit';

/** The dark values, used for theme="dark" and for "auto" on a dark system. */
const dark = css`
  --_primary: var(--jy-color-primary, #ff6b6b);
  --_primary-text: var(--jy-color-on-primary, #1b1b1f);
  --_text: var(--jy-color-text, #e8eaed);
  --_muted: var(--jy-color-muted, #a6adb8);
  --_surface: var(--jy-color-surface, #1e1f24);
  --_subtle: var(--jy-color-subtle, #2a2c33);
  --_border: var(--jy-color-border, #4a4f59);
  --_danger: var(--jy-color-danger, #ffb4ab);
  --_success: var(--jy-color-success, #7fd89a);
  --_warning: var(--jy-color-warning, #f2c46d);
  --_focus: var(--jy-color-focus, #8ab4f8);
`;

/**
 * The design tokens every widget reads, and the rules the widgets share. A portal themes
 * the widgets only through these `--jy-*` custom properties and the documented parts;
 * nothing else crosses the shadow boundary. Dark values apply with `theme="dark"`, or
 * with `auto` when the system is dark.
 *
 * Each widget's own sheet comes after this one and refines these rules; the shared ones
 * that widgets set differently (controls, mostly) use `:where()`, so any selector of a
 * widget wins over them.
 */
export const tokens = css`
  :host {
    --_primary: var(--jy-color-primary, #c8161d);
    --_primary-text: var(--jy-color-on-primary, #ffffff);
    --_text: var(--jy-color-text, #1f2329);
    --_muted: var(--jy-color-muted, #5c6370);
    --_surface: var(--jy-color-surface, #ffffff);
    --_subtle: var(--jy-color-subtle, #f5f6f8);
    --_border: var(--jy-color-border, #d0d4da);
    --_danger: var(--jy-color-danger, #b3261e);
    --_success: var(--jy-color-success, #1b7f3b);
    --_warning: var(--jy-color-warning, #8a5a00);
    --_radius: var(--jy-radius, 8px);
    --_space: var(--jy-space, 12px);
    --_font: var(--jy-font-family, system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--jy-font-size, 16px);
    --_focus: var(--jy-color-focus, #1a56db);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.6;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([data-theme=dark]) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-theme=auto]) {
      ${dark}
    }
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button.primary,
  [role=radio][aria-checked=true] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_primary-text);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.35;
  }
  p {
    margin: 0;
  }
  .hint,
  .count,
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .hint {
    display: block;
  }
  .count {
    text-align: end;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }

  /* A field: its label, hint, control and message, one under the other. */
  .field {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .field label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  :where(input:not([type=checkbox], [type=radio], [type=file]), select, textarea, .control) {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    resize: vertical;
  }

  .notice {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .badge,
  [part~=badge] {
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    white-space: nowrap;
  }

  /* Loading placeholders, the size of what will come. */
  .bone {
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
