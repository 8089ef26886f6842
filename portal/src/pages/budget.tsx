import { errorsAt } from "../graphql";
import { href, navigate, type Route } from "../router";
import { HBars } from "../ui/charts";
import { formatMoney, formatPercent, MONTHS } from "../ui/format";
import { BUDGET_STATUS, label } from "../ui/labels";
import { Empty, Failure, Loading } from "../ui/states";
import { BudgetFigures } from "../ui/budget-figures";
import { Table } from "../ui/table";
import { useQuery } from "../ui/use-query";
import { Months } from "./budget-months-chart";

interface Totals {
  approved: string;
  amended: string;
  executed: string;
}

interface BudgetData {
  budgetYears: number[];
  budget: {
    year: number;
    status: string;
    totals: Totals & { executionRate: number | null };
    byProgram: (Totals & { program: { code: string; name: string } })[];
    byEconomicGroup: (Totals & { code: string; name: string })[];
    yearOverYear: {
      previousYear: number;
      throughMonth: number | null;
      previous: { executed: string };
      current: { executed: string };
      executedChange: string;
      executedChangeRate: number | null;
    };
  } | null;
}

const SERIES = [
  { name: "Затверджено", className: "bar-approved" },
  { name: "З урахуванням змін", className: "bar-amended" },
  { name: "Виконано", className: "bar-executed" },
];
const figures = (t: Totals) => [Number(t.approved), Number(t.amended), Number(t.executed)];
const moneyCells = (t: Totals) => [formatMoney(t.approved), formatMoney(t.amended), formatMoney(t.executed)];
const HEAD = ["Затверджено", "З урахуванням змін", "Виконано"];

/**
 * The budget of a year (`#/budget?year=2026`): the totals, executed by month as a chart, by
 * programme and by economic group as bars, against the year before; every figure also in a
 * table, and the lines as CSV (the gateway's /budget/lines.csv).
 */
export function BudgetPage({ route }: { route: Route }) {
  const asked = Number(route.query.get("year")) || new Date().getFullYear();
  const q = useQuery<BudgetData>("PortalBudget", { year: asked });
  const budget = q.data?.budget;
  const years = q.data?.budgetYears ?? [];
  return (
    <section>
      <h1>Бюджет міста</h1>
      <div class="field year-picker">
        <label for="budget-year">Рік</label>
        <select
          id="budget-year"
          value={String(asked)}
          onChange={(e) => navigate(href("budget", { year: e.currentTarget.value }))}
        >
          {(years.includes(asked) ? years : [asked, ...years]).map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {q.loading ? (
        <Loading what="бюджет" />
      ) : q.failure || errorsAt(q.errors, "budget").length ? (
        <Failure errors={errorsAt(q.errors, "budget")} failure={q.failure} />
      ) : !budget ? (
        <Empty>Бюджет на {asked} рік не оприлюднено. Оберіть інший рік.</Empty>
      ) : (
        <BudgetYear budget={budget} />
      )}
    </section>
  );
}

function BudgetYear({ budget }: { budget: NonNullable<BudgetData["budget"]> }) {
  const yoy = budget.yearOverYear;
  return (
    <>
      <p>
        Стан: {label(BUDGET_STATUS, budget.status)}.{" "}
        <a href={`/budget/lines.csv?year=${budget.year}`} download>
          Усі рядки бюджету {budget.year} (CSV)
        </a>
      </p>
      <BudgetFigures main totals={budget.totals} rate={formatPercent(budget.totals.executionRate)} />
      <Months year={budget.year} approved={Number(budget.totals.approved)} />
      <h2>За програмами</h2>
      <HBars
        title={`Видатки ${budget.year} за програмами`}
        series={SERIES}
        rows={budget.byProgram.map((p) => ({ label: `${p.program.code} ${p.program.name}`, values: figures(p) }))}
      />
      <Table
        id="budget-programs"
        caption={`Видатки ${budget.year} за програмами, грн`}
        head={["Програма", ...HEAD]}
        numeric={[1, 2, 3]}
        rows={budget.byProgram.map((p) => [`${p.program.code} ${p.program.name}`, ...moneyCells(p)])}
        foot={["Разом", ...moneyCells(budget.totals)]}
      />
      <h2>За економічною класифікацією</h2>
      <HBars
        title={`Видатки ${budget.year} за економічними групами`}
        series={SERIES}
        rows={budget.byEconomicGroup.map((g) => ({ label: `${g.code} ${g.name}`, values: figures(g) }))}
      />
      <Table
        id="budget-groups"
        caption={`Видатки ${budget.year} за економічними групами (КЕКВ), грн`}
        head={["Група", ...HEAD]}
        numeric={[1, 2, 3]}
        rows={budget.byEconomicGroup.map((g) => [`${g.code} ${g.name}`, ...moneyCells(g)])}
      />
      <h2>Порівняно з {yoy.previousYear} роком</h2>
      <Table
        id="budget-yoy"
        caption={
          yoy.throughMonth
            ? `Виконано з січня по ${MONTHS[yoy.throughMonth - 1]} включно, грн`
            : "Виконано за рік (як востаннє звітовано), грн"
        }
        head={["Рік", "Виконано"]}
        numeric={[1]}
        rows={[
          [String(yoy.previousYear), formatMoney(yoy.previous.executed)],
          [String(budget.year), formatMoney(yoy.current.executed)],
        ]}
        foot={["Зміна", `${formatMoney(yoy.executedChange)} (${formatPercent(yoy.executedChangeRate)})`]}
      />
    </>
  );
}
