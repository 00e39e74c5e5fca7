import { css } from 'lit';

export const ratingStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: calc(var(--_space) / 2);
    padding: 0;
  }
  [role='radiogroup'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  [role='radio'] {
    flex: 1 1 0;
    min-width: 6em;
  }
  [role='radio'][aria-checked='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_primary-text);
    font-weight: 600;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint,
  .count {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .count {
    text-align: end;
  }
  .hint {
    display: block;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 5em;
    margin-top: 4px;
    padding: calc(var(--_space) / 2);
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  .actions {
    margin-top: var(--_space);
  }
  .actions button {
    width: 100%;
  }
  .done {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_success);
    font-weight: 600;
  }
`;
