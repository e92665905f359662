/** Links to entities, their label's colour dot and tag: each opens the view that best answers for it. */
import type { EntityRef, Label } from '../../../server/contract.ts';
import { hrefTo } from '../app/links.ts';
import { LABEL_NAMES } from '../format.ts';
import { LABEL_STYLES } from '../graph/style.ts';

export function LabelDot({ label }: { label: Label }) {
  return <span class="dot" style={{ backgroundColor: LABEL_STYLES[label].color }} aria-hidden="true" />;
}

export function LabelTag({ label, children }: { label: Label; children?: string | null }) {
  return (
    <span class="tag">
      <LabelDot label={label} />
      {LABEL_NAMES[label]}
      {children ? ` · ${children}` : null}
    </span>
  );
}

/** The view that best shows an entity. */
export function entityHref(entity: { id: string; label: Label; name: string }): string {
  if (entity.label === 'Department') return hrefTo('departments', { id: entity.id });
  if (entity.label === 'Industry') return hrefTo('overlap', { concept: entity.name, related: true });
  if (entity.label === 'Plan') return hrefTo('reader', { plan: entity.id });
  return hrefTo('explore', { root: entity.id });
}

export function EntityLink({ entity, text }: { entity: Pick<EntityRef, 'id' | 'label' | 'name'>; text?: string }) {
  return (
    <a href={entityHref(entity)} class="entity-link" title={`${LABEL_NAMES[entity.label]}：${entity.name}`}>
      <LabelDot label={entity.label} />
      {text ?? entity.name}
    </a>
  );
}
