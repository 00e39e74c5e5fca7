import { css } from 'lit';

/**
 * What the tracker adds to the shared rules of ../../styles/tokens.ts for what it shows
 * before a suggestion is loaded: the lookup form, the skeleton and the error. The loaded
 * suggestion's own rules come with its view (./suggestion-view.styles.ts).
 */
export const statusTrackerStyles = css`
  :host {
    container-type: inline-size;
  }
  .card,
  .lookup {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
  }
  h2 {
    font-size: 1.2em;
  }
  /* Here rather than with the view: the skeleton's bones are spaced the same way. */
  section,
  .facts,
  .notice,
  .content,
  .steps {
    margin-top: var(--_space);
  }

  /* ——— lookup form ——— */
  .intro {
    margin: calc(var(--_space) / 2) 0 var(--_space);
    color: var(--_muted);
  }
  /* Label, hint, field and message sit close together, without the shared gaps. */
  .field {
    gap: 0;
    margin-bottom: var(--_space);
  }
  input {
    margin-top: 4px;
    padding: 0 calc(var(--_space) / 1.5);
  }
  .error {
    margin-top: 4px;
  }
  input[aria-invalid=true] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  button.wide {
    width: 100%;
  }
  @container (min-width: 560px) {
    .card,
    .lookup {
      padding: calc(var(--_space) * 1.5);
    }
  }
  .notice-title,
  .error-title {
    font-weight: 700;
    color: var(--_danger);
  }

  /* ——— loading and failure ——— */
  .skeleton {
    min-height: 520px;
  }
  .bone {
    margin-bottom: var(--_space);
  }
  .bone.title {
    height: 1.6em;
    width: 70%;
  }
  .bone.pill {
    height: 28px;
    width: 6em;
    border-radius: 999px;
  }
  .bone.steps {
    height: 52px;
  }
  .bone.line {
    height: 1em;
  }
  .bone.short {
    width: 55%;
  }
  .bone.block {
    height: 96px;
  }
  .failed .error {
    margin: 4px 0 var(--_space);
  }
`;
