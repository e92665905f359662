/** The web client's entry: the API, the shared lists, the router and the status line, then the shell. */
import { render } from 'preact';
import { createApi } from './api/client.ts';
import { App } from './app/App.tsx';
import { createCatalogues } from './app/catalogues.ts';
import { createBrowserRouter } from './app/router.ts';
import { createStatusLine } from './app/status.ts';
import './styles/base.css';
import './styles/graph.css';
import './styles/views.css';
import './styles/targets.css';
import './styles/research.css';
import './styles/narrow.css';

const api = createApi();
const router = createBrowserRouter(window);
const status = createStatusLine();
const deps = { api, navigate: router.navigate, announce: status.announce, catalogues: createCatalogues(api) };

render(<App router={router} deps={deps} status={status} />, document.getElementById('app') as HTMLElement);
