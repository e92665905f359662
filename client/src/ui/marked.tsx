import { splitByTerm } from '../format.ts';

/** Text with every occurrence of `term` in <mark>; text only, never markup. */
export function Marked({ text, term }: { text: string; term?: string | null | undefined }) {
  return (
    <>
      {splitByTerm(text, term).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
