import { css } from 'lit';

/** The loaded suggestion's rules, adopted by the tracker with its view (./suggestion-view.ts). */
export const suggestionViewStyles = css`
  h3 {
    font-size: 1em;
    margin-bottom: calc(var(--_space) / 2);
  }
  /* Whatever people wrote keeps its line breaks and never pushes the layout wider. */
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .code {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.02em;
    color: var(--_text);
  }
  button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0 calc(var(--_space) / 2);
  }

  /* ——— header ——— */
  .header h2 {
    margin-top: 2px;
    overflow-wrap: anywhere;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: calc(var(--_space) / 2);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    min-height: 28px;
    padding: 0 10px;
    font-size: 0.875em;
  }
  .tone-open {
    color: var(--_focus);
  }
  .tone-done {
    color: var(--_success);
  }
  .tone-warning {
    color: var(--_warning);
  }
  .tone-danger {
    color: var(--_danger);
  }
  .tone-muted {
    color: var(--_muted);
  }
  .badge.overdue {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }

  /* ——— steps ——— */
  .steps {
    list-style: none;
    padding: 0;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
  }
  .step {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    font-size: 0.8125em;
    line-height: 1.3;
    color: var(--_muted);
    min-width: 0;
  }
  /* The line to the previous step, drawn behind the dots. */
  .step + .step::before {
    content: '';
    position: absolute;
    top: 13px;
    right: 50%;
    width: 100%;
    height: 2px;
    background: var(--_border);
  }
  .step:not(.todo)::before {
    background: var(--_primary);
  }
  .dot {
    position: relative;
    z-index: 1;
    display: grid;
    place-items: center;
    width: 28px;
    height: 28px;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_surface);
    font-weight: 700;
    font-size: 0.875rem;
    line-height: 1;
  }
  /* Labels never break inside a word ("Submi-t"); a short label may reach past its column. */
  .step .label {
    margin-top: 4px;
    white-space: nowrap;
  }
  @container (max-width: 380px) {
    .step {
      font-size: 0.75em;
    }
    /* Six English words need a little less than six pairs of characters. */
    .latin .step {
      font-size: 0.6875em;
    }
  }
  .step.done .dot,
  .step.current .dot {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_primary-text);
  }
  .step.current .dot {
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_primary) 25%, transparent);
  }
  .step.current .label,
  .step.stopped .label {
    color: var(--_text);
    font-weight: 700;
  }
  .step.skipped .dot {
    border-style: dashed;
    border-color: var(--_primary);
    color: var(--_muted);
  }
  .step.stopped .dot {
    background: var(--_surface);
    border-color: var(--_danger);
    color: var(--_danger);
  }

  /* ——— facts ——— */
  .facts {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 2px var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  /* Label and value pairs line up in two columns; a long value wraps in its own column. */
  .fact {
    display: contents;
  }
  .fact dt {
    color: var(--_muted);
    max-width: 8em;
  }
  .fact dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .is-overdue dd {
    color: var(--_danger);
    font-weight: 600;
  }
  @container (min-width: 560px) {
    .facts {
      grid-template-columns: max-content minmax(0, 1fr) max-content minmax(0, 1fr);
      column-gap: calc(var(--_space) * 1.5);
    }
  }

  /* ——— the suggestion itself ——— */
  .content summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 44px;
    display: flex;
    align-items: center;
    gap: 0.5em;
    list-style: none;
  }
  .content summary::-webkit-details-marker {
    display: none;
  }
  /* Flex drops the native triangle; this chevron says the text opens. */
  .content summary::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .content[open] summary::before {
    transform: rotate(45deg);
  }
  .content {
    border-top: 1px solid var(--_border);
    border-bottom: 1px solid var(--_border);
  }
  .content[open] {
    padding-bottom: var(--_space);
  }
  .content > p {
    margin-top: calc(var(--_space) / 2);
  }
  .content .label,
  .notice .label {
    color: var(--_muted);
  }
  .photos {
    list-style: none;
    padding: 0;
    margin: calc(var(--_space) / 2) 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .photos img {
    display: block;
    width: 96px;
    height: 96px;
    object-fit: cover;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_subtle);
  }

  /* ——— notices, reply, rating ——— */
  .notice {
    border-inline-start: 4px solid var(--_border);
    color: var(--_text);
  }
  .notice.tone-danger {
    border-inline-start-color: var(--_danger);
  }
  .notice.tone-warning {
    border-inline-start-color: var(--_warning);
  }
  .notice button {
    margin-top: calc(var(--_space) / 2);
    max-width: 100%;
  }
  .reply,
  .given-rating,
  .rate {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .reply {
    border-inline-start: 4px solid var(--_success);
  }
  .reply .meta {
    margin-bottom: calc(var(--_space) / 2);
  }
  .reply .kind {
    color: var(--_success);
    font-weight: 600;
  }
  .rate {
    border-color: var(--_primary);
    border-width: 2px;
  }
  /* The rating form is fetched when it is due; until it is defined, its place is kept
     (about its height on a phone) so the timeline below does not jump. */
  .rate jy-rating:not(:defined) {
    display: block;
    min-height: 23em;
  }
  .given-rating p + p {
    margin-top: calc(var(--_space) / 2);
  }

  /* ——— timeline ——— */
  .timeline-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) / 2);
  }
  .timeline-head h3 {
    margin: 0;
  }
  .order {
    min-height: 36px;
    font-size: 0.875em;
    padding: 0 var(--_space);
  }
  /* A 36px target; the 24px minimum of WCAG 2.2 with room to spare for a thumb. */
  .order[aria-pressed=false] {
    color: var(--_muted);
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    position: relative;
    padding: 0 0 var(--_space) 22px;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 6px;
  }
  .event:last-child {
    border-inline-start-color: transparent;
    padding-bottom: 0;
  }
  .event::before {
    content: '';
    position: absolute;
    left: -7px;
    top: 6px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_primary);
  }
  .event .what {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .event .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .event .who {
    color: var(--_text);
  }
  .event .detail {
    margin-top: 2px;
  }
  .event .note {
    margin-top: 4px;
    padding: 6px 10px;
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    justify-content: space-between;
    margin-top: var(--_space);
    padding-top: calc(var(--_space) / 2);
    border-top: 1px solid var(--_border);
  }

`;
