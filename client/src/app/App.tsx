/**
 * The shell: header (brand, search across everything, the views, the status line) and the current
 * view, loaded on demand — the graph views bring Cytoscape with them.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { entityHref } from '../ui/entities.tsx';
import { SearchBox } from '../ui/SearchBox.tsx';
import { Failure, Loading } from '../ui/states.tsx';
import type { ViewDeps } from './controller.ts';
import { DepsContext } from './context.ts';
import { useRedraw } from './use-controller.ts';
import { routeOf, type Place, type ViewName } from './links.ts';
import { VIEWS } from './registry.ts';
import type { Router } from './router.ts';
import type { StatusLine } from './status.ts';
import type { ViewProps } from './view-route.ts';

function Navigation({ active, addresses }: { active: Place['view']; addresses: ReadonlyMap<ViewName, string> }) {
  return (
    <nav class="app-nav" aria-label="主导航">
      {VIEWS.map((view) => (
        <a key={view.name} href={addresses.get(view.name) ?? view.path} class="nav-link" title={view.hint} data-view={view.name} aria-current={view.name === active ? 'page' : undefined}>
          {view.title}
        </a>
      ))}
    </nav>
  );
}

function Status({ line }: { line: StatusLine }) {
  const redraw = useRedraw();
  useEffect(() => line.subscribe(redraw), [line]);
  return (
    <div class="app-status" role="status" aria-live="polite">
      {line.text()}
    </div>
  );
}

function NotFound({ path }: { path: string }) {
  return (
    <div class="page narrow">
      <h1>页面不存在</h1>
      <p class="muted">没有找到地址 {path} 对应的页面。</p>
      <p>
        <a href="/" class="btn">
          返回概览
        </a>
      </p>
    </div>
  );
}

type Loaded = { view: ViewName; component: ComponentType<ViewProps<unknown>> } | { view: ViewName; error: unknown };

function ViewOutlet({ place }: { place: Exclude<Place, { view: 'notFound' }> }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = () => setAttempt((n) => n + 1);
  useEffect(() => {
    let live = true;
    routeOf(place.view)
      .load()
      .then(
        (module) => live && setLoaded({ view: place.view, component: module.default as ComponentType<ViewProps<unknown>> }),
        (error: unknown) => live && setLoaded({ view: place.view, error }),
      );
    return () => {
      live = false;
    };
  }, [place.view, attempt]);
  if (!loaded || loaded.view !== place.view) return <Loading />;
  if ('error' in loaded) return <Failure error={loaded.error} retry={retry} />;
  const View = loaded.component;
  return (
    <div class={`view view-${place.view}`}>
      <View key={place.view} state={place.state} />
    </div>
  );
}

export function App({ router, deps, status }: { router: Router; deps: ViewDeps; status: StatusLine }) {
  const [place, setPlace] = useState<Place>(() => router.place());
  const addresses = useRef(new Map<ViewName, string>());
  const main = useRef<HTMLElement>(null);
  useEffect(() => router.subscribe(setPlace), [router]);
  if (place.view !== 'notFound') addresses.current.set(place.view, router.href());
  const title = place.view === 'notFound' ? '页面不存在' : routeOf(place.view).title;
  useEffect(() => {
    document.title = `${title} · 政策知识图谱`;
  }, [title]);
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) main.current?.focus({ preventScroll: true });
    first.current = false;
  }, [place.view]);
  return (
    <DepsContext.Provider value={deps}>
      <header class="app-header">
        <a class="brand" href="/" aria-label="政策知识图谱 首页">
          <span class="brand-mark" aria-hidden="true">图</span>
          <span class="brand-text">
            政策知识图谱<small>跨市产业政策对比</small>
          </span>
        </a>
        <SearchBox class="app-search" placeholder="搜索产业、部门、企业、城市…" ariaLabel="全站搜索" onPick={(hit) => deps.navigate(entityHref(hit))} />
        <Navigation active={place.view} addresses={addresses.current} />
        <Status line={status} />
      </header>
      <main id="main" class="app-main" tabIndex={-1} ref={main}>
        {place.view === 'notFound' ? <NotFound path={place.path} /> : <ViewOutlet place={place} />}
      </main>
    </DepsContext.Provider>
  );
}
