// When a widget renders for the first time. Rendered in the task that registers them all,
// a portal's widgets would hold its main thread in one long task; so only the first widget
// (unless `hidden`) renders in that task, and the others take turns after it, one per task.
// A turn also comes with the next frame, and then every widget on screen renders in it:
// the page never paints without a widget it shows and then shifts when the widget arrives.
// Widgets hidden or below the visible part of the page wait for the ones on screen.

/** Widgets waiting for their first render, in the order they asked. */
const waiting: { element: Element; start: () => void }[] = [];
/** A widget rendered at once since the last turn: the others wait for theirs. */
let renderedAtOnce = false;
let turnAsked = false;

/** Resolves when `element` may render for the first time; undefined when at once. */
export function firstRenderTurn(element: Element): Promise<void> | undefined {
  // The first one renders without asking where it is: reading that would lay out the whole
  // page inside this task, and the next frame lays it out anyway. Only `hidden` is read.
  if (!renderedAtOnce && !waiting.length && !element.closest('[hidden]')) {
    renderedAtOnce = true;
    askTurn();
    return undefined;
  }
  return new Promise((start) => {
    waiting.push({ element, start });
    askTurn();
  });
}

/** The next turn: a task of its own, or the next frame if that comes first. */
function askTurn(): void {
  if (turnAsked) return;
  turnAsked = true;
  let taken = false;
  const take = (frameDue: boolean) => {
    if (taken) return;
    taken = true;
    turnAsked = false;
    turn(frameDue);
  };
  requestAnimationFrame(() => take(true));
  setTimeout(() => take(false));
}

function turn(frameDue: boolean): void {
  renderedAtOnce = false;
  // One read of the layout for all of them: nothing renders between these reads.
  const onScreen = waiting.filter(({ element }) => !offScreen(element));
  const first = onScreen[0] ?? waiting[0];
  const now = frameDue ? onScreen : first ? [first] : [];
  for (const each of now) {
    waiting.splice(waiting.indexOf(each), 1);
    each.start();
  }
  if (waiting.length) askTurn();
}

/** Not displayed (`hidden`, `display: none`) or starting below the visible part of the page. */
function offScreen(element: Element): boolean {
  const rects = element.getClientRects();
  return rects.length === 0 || rects[0]!.top > innerHeight;
}
