import { css } from 'lit';

/** What the poll adds to the shared rules of ../../styles/tokens.ts. */
export const hotTopicPollStyles = css`
  :host {
    --_bar: var(--jy-color-bar, var(--_primary));
    /* The widget keeps the reader's place in the comment list itself (see #measure). */
    overflow-anchor: none;
  }
  .topic {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  section,
  header {
    min-width: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.0625em;
  }
  section > h3 {
    margin-bottom: calc(var(--_space) / 2);
  }

  /* Header */
  .heading {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
  }
  .heading h2 {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~=badge] {
    flex: none;
    margin-top: 0.15em;
    padding: 0 0.6em;
    font-size: 0.8125em;
    line-height: 1.8;
  }
  [part~=badge][data-state=open] {
    color: var(--_success);
  }
  [part~=badge][data-state=closed] {
    color: var(--_muted);
  }
  [part~=badge][data-state=upcoming] {
    color: var(--_warning);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.25);
    margin: calc(var(--_space) / 3) 0 calc(var(--_space) / 2);
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .notice + table {
    margin-top: var(--_space);
  }
  .notice.success {
    color: var(--_success);
    font-weight: 600;
  }

  /* Poll */
  legend {
    overflow-wrap: anywhere;
  }
  .hint.full {
    color: var(--_warning);
  }
  .options {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: calc(var(--_space) / 2) 0 var(--_space);
  }
  [part~=option] {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-height: 48px;
    padding: calc(var(--_space) / 3) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [part~=option]:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    font-weight: 600;
  }
  [part~=option]:has(input:disabled) {
    color: var(--_muted);
    cursor: not-allowed;
  }
  [part~=option] input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  /* Full-width buttons on a phone; on a wide screen, as wide as their words. */
  .vote-button,
  .form-actions button {
    width: 100%;
  }
  @media (min-width: 40rem) {
    .vote-button,
    .form-actions button {
      width: auto;
      min-width: 12em;
      justify-self: start;
    }
  }

  /* Results: a real table; the bars are decoration next to the numbers it states. */
  /* Wide screens: keep each label near its numbers and fields a readable width. */
  table,
  .note,
  [part~=comment-form],
  form > fieldset,
  .options {
    max-width: 44rem;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-top: calc(var(--_space) / 2);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) / 2);
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: calc(var(--_space) / 2) 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    text-align: start;
  }
  thead th,
  .note,
  .total,
  .author,
  .aspect-tag,
  [part~=comment] time {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  thead th {
    font-weight: 400;
    padding-top: 0;
  }
  tbody th {
    font-weight: 400;
    width: 100%;
    overflow-wrap: anywhere;
  }
  td,
  thead th.number {
    text-align: end;
    white-space: nowrap;
    padding-inline-start: var(--_space);
    font-variant-numeric: tabular-nums;
  }
  tr.mine th {
    font-weight: 600;
  }
  .mine-tag {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.4em;
    border-radius: 4px;
    background: var(--_primary);
    color: var(--_primary-text);
    font-size: 0.75em;
    vertical-align: 0.1em;
  }
  [part~=bar] {
    display: block;
    height: 8px;
    margin-top: 6px;
    border-radius: 4px;
    background: var(--_subtle);
    overflow: hidden;
  }
  [part~=bar] > span {
    display: block;
    height: 100%;
    width: var(--_share, 0%);
    border-radius: 4px;
    background: var(--_bar);
    opacity: 0.55;
  }
  tr.mine [part~=bar] > span {
    opacity: 1;
  }
  .note {
    margin-top: calc(var(--_space) / 2);
  }

  /* Comments */
  .comments-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-bottom: calc(var(--_space) / 2);
  }
  .total {
    font-weight: 400;
    white-space: nowrap;
  }
  .filter {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    font-size: 0.875em;
    color: var(--_muted);
  }
  select,
  [type=text] {
    padding: 0 calc(var(--_space) / 2);
  }
  .filter select {
    width: auto;
    max-width: 100%;
    font-size: 1rem;
    color: var(--_text);
  }
  /* Only the comments near the viewport exist; padding stands for the rest. The element
     keeps the reader's place itself, so the browser's own scroll anchoring stays out. */
  ol[part~=comment-list] {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow-anchor: none;
    border-top: 1px solid var(--_border);
  }
  [part~=comment] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) / 2);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .author {
    color: var(--_text);
    font-weight: 600;
  }
  .aspect-tag {
    padding: 0 0.45em;
    border-radius: 4px;
    background: var(--_subtle);
  }
  [part~=comment] time {
    margin-inline-start: auto;
  }
  .comment-body {
    flex: 1 0 100%;
    margin-top: 2px;
    white-space: pre-line;
  }
  .list-end {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list-end button {
    width: 100%;
    max-width: 20em;
    font-size: 1rem;
  }
  .empty {
    padding: calc(var(--_space) * 1.5) var(--_space);
    color: var(--_muted);
    text-align: center;
  }

  /* Comment box */
  [part~=comment-form] {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  textarea {
    min-height: 6.5em;
    padding: calc(var(--_space) / 2);
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  [aria-invalid=true] {
    border-color: var(--_danger);
  }
  .form-actions {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  /* Loading: blocks the size of what will come (laid out by .topic and .bone-group), so
     the page does not jump. */
  .bone.title {
    height: 1.7em;
    width: 80%;
  }
  .bone.line {
    height: 1em;
    width: 55%;
  }
  .bone.text {
    height: 4.8em;
  }
  .bone.option {
    height: 48px;
  }
  .bone-group {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .failed {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .failed .error {
    font-size: 1em;
  }
`;
