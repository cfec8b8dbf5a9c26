import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client.js';
import { detectTransport } from './api/transport.js';
import { ApiProvider } from './app/api-context.js';
import { App } from './app/App.js';
import { ProjectProvider } from './app/project-state.js';
import { NotificationsProvider } from './ui/notifications.js';
import './styles.css';

const transport = detectTransport();
const api = { transport, client: createClient(transport) };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={api}>
      <NotificationsProvider>
        <ProjectProvider>
          <App />
        </ProjectProvider>
      </NotificationsProvider>
    </ApiProvider>
  </StrictMode>,
);
