import type { PropertyDeclarations } from 'lit';

/**
 * Entries of a `static properties` table for internal reactive state, as `@state()`
 * declares it: a change renders again, and there is no attribute. The widgets use a table
 * rather than Lit's decorators, whose compiled form esbuild repeats in every file; state
 * goes through this spread so that the custom-elements manifest, which reads the table's
 * literal entries as public attributes, lists only the real ones.
 */
export function states(...names: string[]): PropertyDeclarations {
  return Object.fromEntries(names.map((name) => [name, { state: true }]));
}
