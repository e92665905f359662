/** The app's dependencies, handed to every view through Preact context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ViewDeps } from './controller.ts';

export const DepsContext = createContext<ViewDeps | null>(null);

export function useDeps(): ViewDeps {
  const deps = useContext(DepsContext);
  if (!deps) throw new Error('useDeps(): no DepsContext above this component');
  return deps;
}
