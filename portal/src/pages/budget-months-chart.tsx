import { useEffect, useState } from "preact/hooks";
import type { GraphError } from "../graphql";
import { MonthColumns } from "../ui/charts";
import { formatMoney, MONTHS } from "../ui/format";
import { Empty, Failure, Loading } from "../ui/states";
import { Table } from "../ui/table";
import { fetchMonthTotals, type MonthTotals } from "./budget-months";

/**
 * The monthly chart and table: the plan as it stood each month against executed from 1 January,
 * with the plan as adopted (`approved`) as a line; its own loading and error states (many
 * requests, summed here).
 */
export function Months({ year, approved }: { year: number; approved: number }) {
  const [state, setState] = useState<{ totals: MonthTotals | null; errors: GraphError[]; failure?: string } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    setState(null);
    void fetchMonthTotals(year).then((s) => current && setState(s));
    return () => void (current = false);
  }, [year]);
  const body = !state ? (
    <Loading what="помісячні дані" />
  ) : state.failure || state.errors.length ? (
    <Failure errors={state.errors} failure={state.failure} />
  ) : !state.totals || state.totals.plan.every((v) => v === 0) ? (
    <Empty>Помісячних звітів за {year} рік ще немає.</Empty>
  ) : (
    <>
      <MonthColumns
        title={`План і виконання ${year} за місяцями`}
        series={[
          { name: "План зі змінами на той місяць", className: "bar-amended" },
          { name: "Виконано з початку року", className: "bar-executed" },
        ]}
        values={[state.totals.plan, state.totals.executedToDate]}
        reference={{ series: { name: "Затверджено", className: "bar-approved" }, value: approved }}
      />
      {state.totals.partial && <p class="hint">Показано суму перших 5000 рядків бюджету.</p>}
      <Table
        id="budget-months"
        caption={`Виконання ${year} за місяцями, грн`}
        head={["Місяць", "План зі змінами на той місяць", "Виконано за місяць", "Виконано з початку року"]}
        numeric={[1, 2, 3]}
        rows={state.totals.plan.flatMap((plan, m) =>
          plan === 0 && state.totals!.executedToDate[m] === 0
            ? []
            : [
                [
                  MONTHS[m],
                  formatMoney(plan),
                  formatMoney(state.totals!.executedInMonth[m]),
                  formatMoney(state.totals!.executedToDate[m]),
                ],
              ],
        )}
      />
    </>
  );
  return (
    <section aria-labelledby="budget-months-heading" data-part="months">
      <h2 id="budget-months-heading">За місяцями</h2>
      {body}
    </section>
  );
}
