import { useState } from "preact/hooks";
import { href, navigate, type Route } from "../router";
import { formatDate } from "../ui/format";
import { DOCUMENT_KIND, label } from "../ui/labels";
import { Pager, useCursorPages } from "../ui/pager";
import { Empty, Failure, Loading, PartlyMissing } from "../ui/states";
import { useQuery } from "../ui/use-query";

export const DOCUMENT_PAGE_SIZE = 10;

/** The kinds of document the public sees: the council's and the executive committee's decisions, the mayor's orders. */
const PUBLIC_KINDS = ["DECISION", "COMMITTEE_DECISION", "ORDER"];

interface DocumentsData {
  publicDocuments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        kind: string;
        registrationNumber: string;
        registeredAt: string;
        title: string | null;
        department: { name: string } | null;
      };
    }[];
  } | null;
}

/**
 * Searching public documents (`#/documents?search=…&kind=DECISION`), page by page. Mounted anew
 * for each search (the router keys it by its address).
 */
export function DocumentsPage({ route }: { route: Route }) {
  const search = route.query.get("search") ?? "";
  const kind = route.query.get("kind") ?? "";
  const pages = useCursorPages();
  const filter = { ...(search && { search }), ...(kind && { kind }) };
  const q = useQuery<DocumentsData>("PortalDocuments", { filter, first: DOCUMENT_PAGE_SIZE, after: pages.after });
  const [draft, setDraft] = useState({ search, kind });
  const list = q.data?.publicDocuments;
  return (
    <section>
      <h1>Документи</h1>
      <p class="lead">Рішення міської ради та виконавчого комітету, розпорядження міського голови.</p>
      <form
        class="filters"
        role="search"
        aria-label="Пошук документів"
        onSubmit={(e) => (e.preventDefault(), navigate(href("documents", draft)))}
      >
        <div class="field">
          <label for="documents-search">Слова в назві чи змісті</label>
          <input
            id="documents-search"
            type="search"
            value={draft.search}
            onInput={(e) => setDraft({ ...draft, search: e.currentTarget.value.trim() })}
          />
        </div>
        <div class="field">
          <label for="documents-kind">Вид документа</label>
          <select
            id="documents-kind"
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}
          >
            <option value="">Усі публічні</option>
            {PUBLIC_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(DOCUMENT_KIND, k)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">Шукати</button>
        </div>
      </form>
      <div aria-live="polite" aria-busy={q.loading}>
        {q.loading ? (
          <Loading what="документи" />
        ) : q.failure || !list ? (
          <Failure errors={q.errors} failure={q.failure} />
        ) : list.edges.length === 0 ? (
          <Empty>Документів за цим запитом не знайдено. Спробуйте інші слова.</Empty>
        ) : (
          <>
            <ul class="list" data-documents>
              {list.edges.map(({ node }) => (
                <li key={node.id}>
                  <a href={href(`documents/${node.id}`)}>{node.title ?? `Документ № ${node.registrationNumber}`}</a>
                  <span class="meta">
                    {label(DOCUMENT_KIND, node.kind)} № {node.registrationNumber} від {formatDate(node.registeredAt)}
                    {node.department && ` · ${node.department.name}`}
                  </span>
                </li>
              ))}
            </ul>
            {q.errors.length > 0 && <PartlyMissing />}
            <Pager pages={pages} list={list} />
          </>
        )}
      </div>
    </section>
  );
}
