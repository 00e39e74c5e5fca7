// The folders `npm start` serves beside the API, by the paths the demo portal's pages
// use: the portal, the widgets' script-tag bundle, the browser SDK, the QR encoder and the
// other examples. Shared with the render benchmark, which measures that same portal.
import { fileURLToPath } from 'node:url';

const folder = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export const demoSiteMounts = [
  ['/', 'examples/city-portal'],
  ['/cdn/', 'packages/elements/dist/cdn'],
  ['/sdk/', 'packages/core/dist/browser'],
  ['/vendor/uqr/', 'node_modules/uqr/dist'],
  ['/examples/', 'examples'],
];

/** `--static PREFIX=DIR` for each, with absolute folders so any working directory will do. */
export const demoSiteArgs = demoSiteMounts.flatMap(([prefix, path]) => ['--static', `${prefix}=${folder(path)}`]);
