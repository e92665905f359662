/**
 * The one component that owns a Cytoscape instance: it creates it, keeps it in step with the
 * elements it is given (PaneEngine), forwards taps, offers zoom and fit, and destroys it on unmount.
 * The legend goes below the canvas, the badges and zoom buttons in its corners.
 */
import type { Core } from 'cytoscape';
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ElementSet } from './elements.ts';
import type { Layout } from './layout-names.ts';
import { PaneEngine, type PaneEvents } from './pane-engine.ts';

export interface GraphHandle {
  cy(): Core | null;
  zoomBy(factor: number): void;
  fit(): void;
}

export interface GraphPaneProps extends PaneEvents {
  elements: ElementSet;
  layout: Layout;
  layoutRun?: number;
  root?: string | null;
  highlight?: ReadonlySet<string> | null;
  pinned?: ReadonlySet<string>;
  labels?: 'auto' | 'all';
  select?: string | null;
  startedAt?: number | null;
  selectionType?: 'single' | 'additive';
  /** Hide edges while the viewport moves (canvases that may grow large). */
  optimiseViewport?: boolean;
  ariaLabel: string;
  handle?: RefObject<GraphHandle | null>;
  /** Badges over the canvas's top-left corner. */
  info?: ComponentChildren;
  /** A prompt or a loading state over the canvas. */
  overlay?: ComponentChildren;
  legend?: ComponentChildren;
  onDeleteKey?(): void;
}

const NO_IDS: ReadonlySet<string> = new Set();

function ZoomButtons({ handle }: { handle: RefObject<GraphHandle | null> }) {
  return (
    <div class="graph-zoom">
      <button type="button" class="btn" aria-label="放大" title="放大" onClick={() => handle.current?.zoomBy(1.25)}>
        +
      </button>
      <button type="button" class="btn" aria-label="缩小" title="缩小" onClick={() => handle.current?.zoomBy(0.8)}>
        −
      </button>
      <button type="button" class="btn" aria-label="适应窗口" title="适应窗口" onClick={() => handle.current?.fit()}>
        ⤢
      </button>
    </div>
  );
}

/** Creates the engine with the host element, exposes zoom and fit through `handle`, destroys it on unmount. */
function useEngine(host: RefObject<HTMLDivElement | null>, handle: RefObject<GraphHandle | null>, props: GraphPaneProps): RefObject<PaneEngine | null> {
  const engine = useRef<PaneEngine | null>(null);
  const events = useRef<GraphPaneProps>(props);
  events.current = props;
  useEffect(() => {
    const element = host.current as HTMLDivElement;
    const pane = new PaneEngine(element, { selectionType: props.selectionType ?? 'single', optimiseViewport: props.optimiseViewport ?? false }, () => events.current);
    engine.current = pane;
    element.dataset.ready = '0';
    const onCy = (fn: (cy: Core) => void) => () => {
      const cy = pane.instance();
      if (cy) fn(cy);
    };
    handle.current = {
      cy: () => pane.instance(),
      zoomBy: (factor) => onCy((cy) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }))(),
      fit: onCy((cy) => cy.fit(cy.elements(':visible'), 30)),
    };
    return () => {
      handle.current = null;
      pane.destroy();
    };
  }, []);
  return engine;
}

export function GraphPane(props: GraphPaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const ownHandle = useRef<GraphHandle | null>(null);
  const handle = props.handle ?? ownHandle;
  const engine = useEngine(host, handle, props);
  useEffect(() => {
    void engine.current?.sync({
      elements: props.elements,
      layout: props.layout,
      layoutRun: props.layoutRun ?? 0,
      root: props.root ?? null,
      highlight: props.highlight ?? null,
      pinned: props.pinned ?? NO_IDS,
      labels: props.labels ?? 'auto',
      select: props.select ?? null,
      startedAt: props.startedAt ?? null,
    });
  }, [props.elements, props.layout, props.layoutRun, props.root, props.highlight, props.pinned, props.labels, props.select]);
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, (() => void) | undefined> = { '+': () => handle.current?.zoomBy(1.25), '=': () => handle.current?.zoomBy(1.25), '-': () => handle.current?.zoomBy(0.8), f: () => handle.current?.fit(), F: () => handle.current?.fit(), Delete: props.onDeleteKey, Backspace: props.onDeleteKey };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return (
    <div class="graph-pane">
      <div class="graph-canvas">
        <div class="cy" ref={host} role="application" aria-label={props.ariaLabel} tabIndex={0} onKeyDown={onKeyDown} />
        <div class="graph-info" aria-live="polite">
          {props.info}
        </div>
        <ZoomButtons handle={handle} />
        {props.overlay ? <div class="graph-overlay">{props.overlay}</div> : null}
      </div>
      {props.legend}
    </div>
  );
}
