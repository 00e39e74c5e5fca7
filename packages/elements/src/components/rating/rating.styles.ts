import { css } from 'lit';

/** What the rating adds to the shared rules of ../../styles/tokens.ts. */
export const ratingStyles = css`
  p {
    margin: 1em 0;
  }
  fieldset {
    margin-bottom: var(--_space);
  }
  legend {
    margin-bottom: calc(var(--_space) / 2);
  }
  [role=radiogroup] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  [role=radio] {
    flex: 1 1 0;
    min-width: 6em;
  }
  label {
    display: block;
    font-weight: 600;
  }
  textarea {
    min-height: 5em;
    margin-top: 4px;
    padding: calc(var(--_space) / 2);
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
