import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The widgets call `/v1/…` on the page's origin; the dev and preview servers pass those
// calls to the Jianyi API (`npm start`'s by default), so no CORS setting is needed.
const api = process.env.JIANYI_API ?? 'http://127.0.0.1:8787';
const proxy = { '/v1': { target: api, changeOrigin: true } };

export default defineConfig({
  plugins: [
    vue({
      // <jy-…> tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('jy-') } },
    }),
  ],
  server: { proxy },
  preview: { proxy },
});
