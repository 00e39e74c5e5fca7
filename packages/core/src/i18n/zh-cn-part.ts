import { addMessages, type Messages } from './messages.js';

/**
 * A part of the zh-CN messages that only some code needs (the server's own errors, the
 * schemas' messages): the returned function adds it the first time that code calls it.
 * A module of its own, so the widgets, which need neither part, do not carry it.
 */
export function zhCNPart(messages: Partial<Messages>): () => void {
  let added = false;
  return () => {
    if (added) return;
    added = true;
    addMessages('zh-CN', messages);
  };
}
