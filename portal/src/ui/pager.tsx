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

/** A page's place in its list and the buttons to the previous and next pages of a connection. */
export function Pager(props: {
  pages: ReturnType<typeof useCursorPages>;
  list: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}) {
  const { pages, list } = props;
  return (
    <nav class="pager" aria-label="Сторінки">
      <button type="button" class="secondary" disabled={pages.number === 1} onClick={pages.previous}>
        Попередня сторінка
      </button>
      <span aria-live="polite" data-page={pages.number}>
        Сторінка {pages.number}, усього записів: {list.totalCount}
      </span>
      <button
        type="button"
        class="secondary"
        disabled={!list.pageInfo.hasNextPage}
        onClick={() => pages.next(list.pageInfo.endCursor!)}
      >
        Наступна сторінка
      </button>
    </nav>
  );
}
