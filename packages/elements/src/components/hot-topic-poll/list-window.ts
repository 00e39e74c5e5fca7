/**
 * Which slice of a long list to render so that it covers a scroll viewport, from heights
 * measured where items were rendered and estimated (the mean of those measured) where
 * they were not. Keeps the DOM of a 10,000-comment topic to a few dozen items.
 * No DOM here: the element measures, this keeps the sums.
 */
export class ListWindow {
  #keys: readonly string[] = [];
  #measured = new Map<string, number>();
  #measuredSum = 0;
  /** offsets[i] is the top of item i; offsets[length] the total height. */
  #offsets = new Float64Array(1);
  #dirty = true;

  constructor(
    /** The height assumed for an item while none is measured. */
    private readonly fallbackHeight: number,
    /** A hard bound on rendered items, whatever the heights and viewport. */
    readonly maxItems = 40,
  ) {}

  /** The list's items by stable key, in order. Measurements of keys that stay are kept. */
  setKeys(keys: readonly string[]): void {
    this.#keys = keys;
    this.#dirty = true;
  }

  /** Records a rendered item's height; true when it differs from what was assumed. */
  measure(key: string, height: number): boolean {
    const before = this.#measured.get(key);
    if (before !== undefined && Math.abs(before - height) < 0.5) return false;
    this.#measuredSum += height - (before ?? 0);
    this.#measured.set(key, height);
    return (this.#dirty = true);
  }

  /** Forgets every measurement, e.g. when the width changed and text wraps anew. */
  clear(): void {
    this.#measured.clear();
    this.#measuredSum = 0;
    this.#dirty = true;
  }

  #rebuild(): Float64Array {
    const keys = this.#keys;
    const n = keys.length;
    if (this.#dirty) {
      const measured = this.#measured;
      const estimate = measured.size > 0 ? this.#measuredSum / measured.size : this.fallbackHeight;
      if (this.#offsets.length !== n + 1) this.#offsets = new Float64Array(n + 1);
      for (let i = 0; i < n; i++) this.#offsets[i + 1] = this.#offsets[i]! + (measured.get(keys[i]!) ?? estimate);
      this.#dirty = false;
    }
    return this.#offsets;
  }

  /** Top of item `index` (the total height for `index === length`). */
  top(index: number): number {
    return this.#rebuild()[index]!;
  }

  get total(): number {
    return this.top(this.#keys.length);
  }

  /** The first item whose bottom is below `y`: the one a reader's eye is on at that scroll position. */
  indexAt(y: number): number {
    const offsets = this.#rebuild();
    const n = this.#keys.length;
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (offsets[mid + 1]! <= y) low = mid + 1;
      else high = mid;
    }
    return Math.min(low, Math.max(0, n - 1));
  }

  /**
   * Items `[start, end)` that cover `viewport` px from `scrollTop`, plus `overscan` px
   * above and below so a quick flick does not show blank space before the next frame.
   */
  range(scrollTop: number, viewport: number, overscan: number): { start: number; end: number } {
    const n = this.#keys.length;
    const offsets = this.#rebuild();
    const start = this.indexAt(scrollTop - overscan);
    let end = start;
    const bottom = scrollTop + viewport + overscan;
    while (end < n && offsets[end]! < bottom && end - start < this.maxItems) end++;
    return { start, end: Math.max(end, Math.min(n, start + 1)) };
  }
}
