// Registers every <jy-*> element once, then mounts the app that uses them.
import '@jianyi/elements/all.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
