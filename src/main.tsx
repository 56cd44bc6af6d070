import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyPaletteVars } from './components/palette-vars';
import { startServiceWorker } from './pwa/register';
import { startUrlSync } from './store/url-sync';
import './styles.css';

applyPaletteVars(document.documentElement);
startUrlSync();
startServiceWorker();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
