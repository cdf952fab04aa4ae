import { createApp } from 'vue';
import 'news-widgets/define.js';
import App from './App.vue';

createApp(App).mount('#app');
