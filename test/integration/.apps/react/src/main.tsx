import { createRoot } from 'react-dom/client';
import 'news-widgets/define.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
