import { createContext } from '@lit/context';
import type { JianyiClient, Locale } from '@jianyi/core';

/** What `<jy-provider>` shares with the widgets inside it. */
export interface JianyiContext {
  client: JianyiClient;
  apiBase: string;
  locale: Locale;
  theme: 'light' | 'dark' | 'auto';
}

export const jianyiContext = createContext<JianyiContext | undefined>(Symbol.for('jianyi-context'));
