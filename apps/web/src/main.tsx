import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { MantineProvider } from '@mantine/core';
import { setupI18n } from './i18n';
import { cssVariablesResolver, theme } from './ui/theme';
import { NotificationsHost } from './ui/NotificationsHost';
import { prefetchShowroom } from './showroom/prefetch';
import { App } from './App';

prefetchShowroom(window.location);

// No top-level await here: it would turn off the bundler's merging of shared chunks into this entry (see
// rolldown's chunkOptimization), and the first load would become some thirty small requests.
void setupI18n().then(() => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <NotificationsHost />
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </MantineProvider>
  </StrictMode>,
));
