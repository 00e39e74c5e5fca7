// The script-tag entry: <script type="module" src="jianyi.js"></script> registers every element.
export * from './all.js';
