/** Replaced by `false` in production builds (rollup), which then drop dev-only warnings. */
declare const DEV_MODE: boolean | undefined;
export const devMode = typeof DEV_MODE === 'undefined' ? true : DEV_MODE;
