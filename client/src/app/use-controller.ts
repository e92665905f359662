/**
 * Binds a controller to its component: one controller per mounted component, a redraw whenever its
 * model changes, `destroy` on unmount — and for a view, `show(state)` whenever the URL gives it a new
 * state.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ViewController, ViewDeps } from './controller.ts';
import { useDeps } from './context.ts';

interface Observable {
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/** A function that makes the component render again. */
export function useRedraw(): () => void {
  const [, setTick] = useState(0);
  return () => setTick((n) => n + 1);
}

export function useController<C extends Observable>(create: (deps: ViewDeps) => C): C {
  const deps = useDeps();
  const [controller] = useState(() => create(deps));
  const redraw = useRedraw();
  useEffect(() => {
    const unsubscribe = controller.subscribe(redraw);
    return () => {
      unsubscribe();
      controller.destroy();
    };
  }, [controller]);
  return controller;
}

export function useViewController<S, C extends ViewController<S>>(create: (deps: ViewDeps) => C, state: S): C {
  const controller = useController(create);
  // States are plain data: the same JSON is the same state.
  const key = JSON.stringify(state);
  useEffect(() => {
    void controller.show(state);
  }, [controller, key]);
  return controller;
}
