// Marks the files a page runs as soon as they load with V8's explicit compile hint,
// `//# allFunctionsCalledOnLoad` (Chromium 136+; to other engines it is a comment). Without
// it, V8 compiles each function on the main thread the first time it is called, inside
// the task that registers the widgets and renders the first one; with it, V8 compiles the
// whole file on a background thread while the file streams in. The parts fetched later
// (a form's actions, a tracker's view, other locales) stay lazy: most pages never call
// them. On this machine the task that runs jianyi.js took about a fifth less main-thread
// time with the hint (BENCHMARKS.md).
import MagicString from 'magic-string';

const hint = '//# allFunctionsCalledOnLoad\n';

/** Chunks loaded with the entries: the entries and what they import statically. */
function loadedAtOnce(chunks) {
  const found = new Set();
  const visit = (fileName) => {
    if (found.has(fileName) || !chunks[fileName]) return;
    found.add(fileName);
    for (const imported of chunks[fileName].imports) visit(imported);
  };
  for (const [fileName, chunk] of Object.entries(chunks)) if (chunk.isEntry) visit(fileName);
  return found;
}

export function compileHints() {
  return {
    name: 'compile-hints',
    renderChunk(code, chunk, _options, { chunks }) {
      if (!loadedAtOnce(chunks).has(chunk.fileName)) return null;
      const edited = new MagicString(code).prepend(hint);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
