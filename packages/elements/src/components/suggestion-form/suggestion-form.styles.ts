import { css } from 'lit';

/** What the form adds to the shared rules of ../../styles/tokens.ts. */
export const suggestionFormStyles = css`
  /* The honeypot: off-screen rather than display:none, which some bots skip. */
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  form,
  .success {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-width: 40rem;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
  }
  .bound,
  .restored,
  .reason {
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .bound {
    font-weight: 600;
    border-inline-start: 4px solid var(--_primary);
    border-radius: 0 var(--_radius) var(--_radius) 0;
    overflow-wrap: anywhere;
  }
  .intro,
  .note,
  .optional,
  .reason {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .optional {
    font-weight: 400;
  }
  .required {
    color: var(--_danger);
    margin-inline-start: 2px;
  }
  .restored {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
    font-size: 0.875em;
  }

  label,
  .label {
    font-weight: 600;
  }
  .group {
    display: grid;
    gap: calc(var(--_space) / 1.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 4px;
  }
  textarea {
    min-height: 9em;
  }
  [aria-invalid=true] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .field .error::before,
  fieldset > .error::before {
    content: '! ';
    font-weight: 700;
  }
  /* The message stays next to the text area it is about; the count keeps to the right. */
  .below {
    display: flex;
    align-items: baseline;
    gap: var(--_space);
  }
  .below .error {
    flex: 1;
  }
  .count {
    flex: none;
    margin-inline-start: auto;
  }

  /* Loading and failed categories take the height of the select, so nothing below moves. */
  .skeleton {
    background: linear-gradient(90deg, var(--_subtle) 25%, var(--_border) 50%, var(--_subtle) 75%) 0 0 / 200% 100%;
    border-color: transparent;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .load-failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px var(--_space);
    padding: 6px 6px 6px calc(var(--_space) * 0.75);
    border-style: dashed;
    border-color: var(--_danger);
  }
  .load-failed .error {
    flex: 1 1 12em;
  }
  .load-failed button {
    min-height: 36px;
    margin-inline-start: auto;
  }

  /* Location */
  .locate-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .located {
    color: var(--_success);
    font-size: 0.875em;
    font-weight: 600;
  }
  .note:empty {
    display: none;
  }
  .note.warn {
    color: var(--_warning);
  }

  /* Photos: the list itself comes with ./photo-list.js; until then, plain rows. */
  .photos {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .add-photo {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    cursor: pointer;
    justify-self: start;
  }
  .add-photo.disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Contact */
  .reason {
    color: var(--_text);
  }
  .switch {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 1.5);
    min-height: 44px;
    cursor: pointer;
    position: relative;
  }
  .switch input {
    position: absolute;
    opacity: 0;
    width: 48px;
    height: 28px;
    margin: 0;
    cursor: pointer;
  }
  .switch .track {
    flex: none;
    position: relative;
    width: 48px;
    height: 28px;
    border-radius: 14px;
    background: var(--_border);
    transition: background 0.15s;
  }
  .switch .track::after {
    content: '';
    position: absolute;
    top: 3px;
    left: 3px;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    background: var(--_surface);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.3);
    transition: transform 0.15s;
  }
  .switch input:checked + .track {
    background: var(--_primary);
  }
  .switch input:checked + .track::after {
    transform: translateX(20px);
  }
  /* The photo and anonymous inputs are hidden: their ring goes round what stands for them. */
  input:focus-visible + .add-photo,
  input:focus-visible + .track {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .check {
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    column-gap: calc(var(--_space) / 1.5);
  }
  .check input {
    width: 22px;
    height: 22px;
    margin: 3px 0 0;
    accent-color: var(--_primary);
  }
  .check label {
    font-weight: 400;
  }
  .check .error {
    grid-column: 1 / -1;
  }

  /* Submit */
  .submit-row {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .submit-row button {
    width: 100%;
    min-height: 48px;
    font-size: 1.0625em;
  }
  .form-error {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    font-size: 0.9375em;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
