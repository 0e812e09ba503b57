// Entry: pick the transport (Electron preload or browser-mode HTTP) once, then render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client.js';
import { ApiContext } from './api/context.js';
import { ToastProvider } from './components/Toast.js';
import { App } from './App.js';
import './styles/app.css';

const api = createApi();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
