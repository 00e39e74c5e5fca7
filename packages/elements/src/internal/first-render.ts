// When a widget renders for the first time. Rendered in the task that registers them all,
// a portal's widgets would hold its main thread in one long task; so a widget that starts
// hidden or below the visible part of the page waits for a task of its own. One on screen
// renders at once, before the next frame, so the page never paints without it and then
// shifts when it arrives.

/** Connected widgets whose place on the page has not been read yet. */
const unplaced = new Set<Element>();
const offScreenAtStart = new WeakSet<Element>();

/** Call when a widget connects, before its first render. */
export function placeBeforeFirstRender(element: Element): void {
  unplaced.add(element);
}

/**
 * Resolves when `element` may render for the first time; undefined when at once. The
 * places of all widgets connected so far are read together, before any of them renders:
 * that costs one layout of the page as it stands, never a layout of freshly rendered
 * widgets inside this task (which the next frame does anyway).
 */
export function firstRenderTurn(element: Element): Promise<void> | undefined {
  if (unplaced.has(element)) {
    for (const each of unplaced) if (offScreen(each)) offScreenAtStart.add(each);
    unplaced.clear();
  }
  if (!offScreenAtStart.has(element)) return undefined;
  offScreenAtStart.delete(element);
  return new Promise((resolve) => setTimeout(resolve));
}

/** Not displayed (`hidden`, `display: none`) or starting below the visible part of the page. */
function offScreen(element: Element): boolean {
  const rects = element.getClientRects();
  return rects.length === 0 || rects[0]!.top > innerHeight;
}
