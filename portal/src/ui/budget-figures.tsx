import type { ComponentChildren } from "preact";
import { formatMoney } from "./format";

/** A budget's totals at a glance: approved, amended, executed and the execution rate (given as shown). */
export function BudgetFigures(props: {
  totals: { approved: string; amended: string; executed: string };
  rate: ComponentChildren;
  /** Marks the list as the page's totals (tests find the figures by it). */
  main?: boolean;
}) {
  return (
    <dl class="figures" data-totals={props.main ? "" : undefined}>
      <div>
        <dt>Затверджено</dt>
        <dd>{formatMoney(props.totals.approved)}</dd>
      </div>
      <div>
        <dt>З урахуванням змін</dt>
        <dd>{formatMoney(props.totals.amended)}</dd>
      </div>
      <div>
        <dt>Виконано</dt>
        <dd data-figure="executed">{formatMoney(props.totals.executed)}</dd>
      </div>
      <div>
        <dt>Виконання</dt>
        <dd>{props.rate}</dd>
      </div>
    </dl>
  );
}
