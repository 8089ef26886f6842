import { useState } from "preact/hooks";
import { href, navigate, type Route } from "../router";
import { formatDate, formatMoney } from "../ui/format";
import { label, TENDER_STATUS } from "../ui/labels";
import { Pager, useCursorPages } from "../ui/pager";
import { Empty, Failure, Loading, PartlyMissing } from "../ui/states";
import { useQuery } from "../ui/use-query";
import type { Money } from "./tender-types";

export const TENDER_PAGE_SIZE = 10;

interface TenderRow {
  id: string;
  title: string;
  status: string;
  datePublished: string;
  value: Money | null;
  tenderPeriod: { endDate: string | null } | null;
  procuringEntity: { name: string } | null;
  items: { classification: { scheme: string; id: string } | null }[];
}

interface TendersData {
  tenders: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: TenderRow }[];
  } | null;
}

/** The filters, as the page's address keeps them (so a filtered list can be shared). */
const FILTERS = ["status", "cpv", "valueFrom", "valueTo", "publishedSince", "publishedUntil", "search"] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

const filtersOf = (route: Route): Filters =>
  Object.fromEntries(FILTERS.map((f) => [f, route.query.get(f) ?? undefined]).filter(([, v]) => v));

/**
 * The tenders list: filters, keyset pages of TENDER_PAGE_SIZE, each tender linked to its page.
 * Mounted anew for each set of filters (the router keys it by them).
 */
export function TendersPage({ route }: { route: Route }) {
  const filters = filtersOf(route);
  const pages = useCursorPages();
  const q = useQuery<TendersData>("PortalTenders", { filter: filters, first: TENDER_PAGE_SIZE, after: pages.after });
  const [draft, setDraft] = useState<Filters>(filters);
  const input = (name: keyof Filters) => ({
    id: `tender-${name}`,
    name,
    value: draft[name] ?? "",
    onInput: (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value.trim() }),
  });
  const list = q.data?.tenders;
  return (
    <section>
      <h1>Закупівлі</h1>
      <form
        class="filters"
        role="search"
        aria-label="Фільтри закупівель"
        onSubmit={(e) => (e.preventDefault(), navigate(href("tenders", draft)))}
      >
        <div class="field">
          <label for="tender-search">Слова в назві чи описі</label>
          <input {...input("search")} type="search" />
        </div>
        <div class="field">
          <label for="tender-status">Статус</label>
          <select {...input("status")} onChange={input("status").onInput}>
            <option value="">Будь-який</option>
            {Object.entries(TENDER_STATUS).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="tender-cpv">Код ДК 021 (CPV) або його початок</label>
          <input {...input("cpv")} inputMode="numeric" />
        </div>
        <div class="field">
          <label for="tender-valueFrom">Вартість від, грн</label>
          <input {...input("valueFrom")} inputMode="decimal" />
        </div>
        <div class="field">
          <label for="tender-valueTo">Вартість до, грн</label>
          <input {...input("valueTo")} inputMode="decimal" />
        </div>
        <div class="field">
          <label for="tender-publishedSince">Оприлюднено з</label>
          <input {...input("publishedSince")} type="date" />
        </div>
        <div class="field">
          <label for="tender-publishedUntil">Оприлюднено по</label>
          <input {...input("publishedUntil")} type="date" />
        </div>
        <div class="pager">
          <button type="submit">Знайти</button>
          <a href={href("tenders")} onClick={() => setDraft({})}>
            Скинути
          </a>
        </div>
      </form>
      <div aria-live="polite" aria-busy={q.loading}>
        {q.loading ? (
          <Loading what="закупівлі" />
        ) : q.failure || !list ? (
          <Failure errors={q.errors} failure={q.failure} />
        ) : list.edges.length === 0 ? (
          <Empty>Закупівель за цими умовами не знайдено. Змініть або скиньте фільтри.</Empty>
        ) : (
          <>
            <ul class="list" data-tenders>
              {list.edges.map(({ node }) => (
                <li key={node.id}>
                  <a href={href(`tenders/${node.id}`)}>{node.title}</a>
                  <span class="meta">
                    {formatMoney(node.value?.amount, node.value?.currency)} · {label(TENDER_STATUS, node.status)} ·
                    оприлюднено {formatDate(node.datePublished)}
                    {node.tenderPeriod?.endDate && ` · подання до ${formatDate(node.tenderPeriod.endDate)}`} ·{" "}
                    {node.procuringEntity?.name ?? "—"}
                    {node.items[0]?.classification && ` · ДК 021: ${node.items[0].classification.id}`}
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
