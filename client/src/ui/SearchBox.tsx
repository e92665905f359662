/** A combobox over /api/search: type, arrows, Enter, Escape; a suggestion shows label, alias and city. */
import { useEffect, useId } from 'preact/hooks';
import { failureText } from '../api/errors.ts';
import { useController } from '../app/use-controller.ts';
import { LABEL_NAMES } from '../format.ts';
import { LabelDot } from './entities.tsx';
import { SearchController, type SearchHit, type SearchOptions } from './search-controller.ts';

export interface SearchBoxProps extends SearchOptions {
  placeholder: string;
  ariaLabel: string;
  /** The text shown when nothing is being typed (the current concept, say). */
  value?: string | null | undefined;
  onPick(hit: SearchHit): void;
  /** Enter with no suggestion to choose. */
  onSubmit?(text: string): void;
  class?: string;
}

function Suggestions({ id, model, onChoose }: { id: string; model: SearchController['model']; onChoose(index: number): void }) {
  return (
    <ul class="suggestions" id={id} role="listbox" hidden={!model.open} aria-label="搜索建议">
      {model.error ? <li class="suggestion-empty">{failureText(model.error, '搜索失败')}</li> : null}
      {!model.error && model.hits.length === 0 ? <li class="suggestion-empty">没有找到“{model.answered}”</li> : null}
      {model.hits.map((hit, i) => (
        <li
          key={hit.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === model.active ? 'true' : 'false'}
          class="suggestion"
          data-id={hit.id}
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(i);
          }}
        >
          <LabelDot label={hit.label} />
          <span class="suggestion-name">{hit.name}</span>
          {hit.matched !== hit.name ? <span class="suggestion-alias">（{hit.matched}）</span> : null}
          <span class="suggestion-meta">{[LABEL_NAMES[hit.label], hit.city ?? ''].filter(Boolean).join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
}

export function SearchBox(props: SearchBoxProps) {
  const search = useController((deps) => new SearchController(deps.api, { label: props.label, limit: props.limit ?? 12 }));
  const listId = useId();
  const model = search.model;
  useEffect(() => search.setText(props.value ?? ''), [props.value]);
  const pick = (hit: SearchHit | null) => {
    if (hit) props.onPick(hit);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      search.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = search.choose();
      if (hit) pick(hit);
      else if (props.onSubmit && model.text.trim()) props.onSubmit(model.text.trim());
    } else if (event.key === 'Escape') search.close();
  };
  return (
    <div class={`combo ${props.class ?? ''}`}>
      <input
        type="search"
        class="input"
        placeholder={props.placeholder}
        aria-label={props.ariaLabel}
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={model.open ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={model.active >= 0 ? `${listId}-${model.active}` : undefined}
        autocomplete="off"
        spellcheck={false}
        value={model.text}
        onInput={(event) => void search.type((event.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => search.close(), 120)}
      />
      <Suggestions id={listId} model={model} onChoose={(i) => pick(search.choose(i))} />
    </div>
  );
}
