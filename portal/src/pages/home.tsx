import type { ComponentChildren } from "preact";
import { errorsAt, type GraphError } from "../graphql";
import { href } from "../router";
import { BudgetFigures } from "../ui/budget-figures";
import { formatDate, formatMoney, formatPercent } from "../ui/format";
import { COMPETITION_KIND, BUDGET_STATUS, DOCUMENT_KIND, label, TENDER_STATUS } from "../ui/labels";
import { Empty, Failure, Loading, PartlyMissing } from "../ui/states";
import { useQuery } from "../ui/use-query";
import type { Money } from "./tender-types";

interface HomeData {
  activeTenders: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        title: string;
        status: string;
        value: Money | null;
        tenderPeriod: { endDate: string | null } | null;
        procuringEntity: { name: string } | null;
      };
    }[];
  } | null;
  openCompetitions: {
    totalCount: number;
    edges: {
      node: { id: string; title: string; kind: string; deadline: string | null; organizer: { name: string } | null };
    }[];
  } | null;
  budget: { year: number; status: string; totals: { approved: string; amended: string; executed: string } } | null;
  latestDecisions: {
    edges: {
      node: { id: string; kind: string; registrationNumber: string; registeredAt: string; title: string | null };
    }[];
  } | null;
}

/**
 * One part of the front page: its own loading, error and empty states, so an outage of the
 * subgraph behind it (SERVICE_UNAVAILABLE on its path) leaves the other parts standing. A part
 * whose data came with errors deeper in it (another subgraph's fields, e.g. the procuring
 * department's name) shows what came, and says that some of it is missing.
 */
function Part(props: {
  id: string;
  title: string;
  loading: boolean;
  errors: GraphError[];
  failure?: string;
  /** The part's field came back null. */
  missing: boolean;
  empty: boolean;
  emptyText: string;
  more?: ComponentChildren;
  children: ComponentChildren;
}) {
  const body = props.loading ? (
    <Loading />
  ) : props.failure || (props.missing && props.errors.length) ? (
    <Failure errors={props.errors} failure={props.failure} />
  ) : props.empty ? (
    <Empty>{props.emptyText}</Empty>
  ) : (
    <>
      {props.children}
      {props.errors.length > 0 && <PartlyMissing />}
    </>
  );
  return (
    <section class="card" aria-labelledby={props.id} data-part={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {body}
      {props.more && <p class="more">{props.more}</p>}
    </section>
  );
}

export function HomePage() {
  const year = new Date().getFullYear();
  const q = useQuery<HomeData>("PortalHome", { year });
  const at = (field: keyof HomeData) => ({
    loading: q.loading,
    failure: q.failure,
    errors: errorsAt(q.errors, field),
    missing: q.data?.[field] == null,
  });
  const tenders = q.data?.activeTenders;
  const competitions = q.data?.openCompetitions;
  const budget = q.data?.budget;
  const decisions = q.data?.latestDecisions;
  return (
    <>
      <h1>Портал міста</h1>
      <p class="lead">Що місто купує, як витрачає бюджет, що вирішує рада, і як звернутися до міської влади.</p>
      <div class="grid">
        <Part
          id="home-tenders"
          title="Активні закупівлі"
          {...at("activeTenders")}
          empty={!tenders?.edges.length}
          emptyText="Зараз немає активних закупівель."
          more={
            <a href={href("tenders", { status: "ACTIVE" })}>Усі активні закупівлі ({tenders?.totalCount ?? "…"})</a>
          }
        >
          <ul class="list">
            {tenders?.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={href(`tenders/${node.id}`)}>{node.title}</a>
                <span class="meta">
                  {formatMoney(node.value?.amount, node.value?.currency)} · {label(TENDER_STATUS, node.status)} ·
                  подання до {formatDate(node.tenderPeriod?.endDate)}
                </span>
              </li>
            ))}
          </ul>
        </Part>
        <Part
          id="home-competitions"
          title="Відкриті конкурси"
          {...at("openCompetitions")}
          empty={!competitions?.edges.length}
          emptyText="Зараз немає відкритих конкурсів."
        >
          <ul class="list">
            {competitions?.edges.map(({ node }) => (
              <li key={node.id}>
                {node.title}
                <span class="meta">
                  {label(COMPETITION_KIND, node.kind)} · {node.organizer?.name ?? "—"} · до {formatDate(node.deadline)}
                </span>
              </li>
            ))}
          </ul>
        </Part>
        <Part
          id="home-budget"
          title={`Бюджет ${year}`}
          {...at("budget")}
          empty={!budget}
          emptyText={`Бюджет на ${year} рік ще не оприлюднено.`}
          more={<a href={href("budget", { year: String(year) })}>Бюджет докладно</a>}
        >
          {budget && (
            <BudgetFigures
              totals={budget.totals}
              rate={
                <>
                  {formatPercent(
                    Number(budget.totals.amended)
                      ? Number(budget.totals.executed) / Number(budget.totals.amended)
                      : null,
                  )}{" "}
                  ({label(BUDGET_STATUS, budget.status)})
                </>
              }
            />
          )}
        </Part>
        <Part
          id="home-decisions"
          title="Останні рішення"
          {...at("latestDecisions")}
          empty={!decisions?.edges.length}
          emptyText="Рішень ще не оприлюднено."
          more={<a href={href("documents", { kind: "DECISION" })}>Усі рішення</a>}
        >
          <ul class="list">
            {decisions?.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={href(`documents/${node.id}`)}>{node.title ?? node.registrationNumber}</a>
                <span class="meta">
                  {label(DOCUMENT_KIND, node.kind)} № {node.registrationNumber} від {formatDate(node.registeredAt)}
                </span>
              </li>
            ))}
          </ul>
        </Part>
      </div>
    </>
  );
}
