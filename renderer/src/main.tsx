/** Renderer entry: take the browser-mode token out of the address bar, then draw the app. */
import './zodSetup.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApi } from './api/client.ts';
import { App } from './app/App.tsx';
import { ToastProvider } from './app/toast.tsx';
import './styles/base.css';
import './styles/shell.css';
import './styles/register.css';
import './styles/forms.css';

initApi();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ToastProvider>
        <App />
      </ToastProvider>
    </StrictMode>,
  );
}
