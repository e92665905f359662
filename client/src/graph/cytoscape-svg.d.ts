/** cytoscape-svg adds `cy.svg()` to every instance. */
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** The graph as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
