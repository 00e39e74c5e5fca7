// The states every widget has a story for, besides its own: dark theme, the two other
// locales, and the narrowest phone we support. Spread into a story of each component.
const small = { value: 'narrow320', isRotated: false };

export const dark = { args: { theme: 'dark' as const } };
export const traditionalChinese = { globals: { locale: 'zh-TW' } };
export const english = { globals: { locale: 'en' } };
export const smallPhone = { globals: { viewport: small } };
