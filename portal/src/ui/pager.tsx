import { useState } from "preact/hooks";

/**
 * Keyset paging: the cursor of each page seen so far, so "back" returns to the exact page. A list
 * page is mounted anew (keyed by its filters) when its filters change, which starts it over.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    after: cursors[cursors.length - 1],
    number: cursors.length,
    next: (endCursor: string) => setCursors([...cursors, endCursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
  };
}

export function Pager(props: {
  number: number;
  hasNext: boolean;
  total: number;
  onNext: () => void;
  onPrevious: () => void;
}) {
  return (
    <nav class="pager" aria-label="Сторінки">
      <button type="button" class="secondary" disabled={props.number === 1} onClick={props.onPrevious}>
        Попередня сторінка
      </button>
      <span aria-live="polite" data-page={props.number}>
        Сторінка {props.number}, усього записів: {props.total}
      </span>
      <button type="button" class="secondary" disabled={!props.hasNext} onClick={props.onNext}>
        Наступна сторінка
      </button>
    </nav>
  );
}
