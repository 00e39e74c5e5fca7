// @jianyi/core for browsers: zh-CN texts inline, zh-TW and en fetched when first asked
// for (`loadMessages`, which the client and the widgets call themselves).

export * from './api.js';
