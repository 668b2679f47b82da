import 'virtual:dev-console/pf-styles';
import './host.css';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { serverFlags } from '../sdk/server-flags';
import { startDiscovery } from './discovery';
import { installErrorCapture } from './error-capture';
import { initI18n } from './i18n';
import { loadPlugins } from './plugins';
import { AppShell } from './shell/app-shell';
import { applyTheme, initialTheme, storedTheme } from './shell/theme';

installErrorCapture();
applyTheme(initialTheme(window.location.search, storedTheme()));

const main = async () => {
  const plugins = serverFlags().consolePlugins;
  await initI18n(plugins);
  void startDiscovery();
  const loading = loadPlugins(plugins);
  const root = document.getElementById('app');
  if (!root) throw new Error('No #app element');
  createRoot(root).render(
    <BrowserRouter>
      <AppShell />
    </BrowserRouter>,
  );
  await loading;
};

void main();
