import type { ComponentChildren } from "preact";
import { Empty } from "./states";

/**
 * A captioned table; the columns listed in `numeric` are right-aligned figures. On a narrow
 * screen it scrolls sideways in a region that the keyboard can reach (and scroll) too.
 */
export function Table(props: {
  caption: string;
  head: string[];
  rows: ComponentChildren[][];
  numeric?: number[];
  foot?: ComponentChildren[];
  id?: string;
}) {
  const cls = (i: number) => (props.numeric?.includes(i) ? "num" : undefined);
  if (props.rows.length === 0) return <Empty>{props.caption}: немає.</Empty>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={props.caption}>
      <table id={props.id}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th key={h} scope="col" class={cls(i)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, r) => (
            <Row key={r} cells={row} cls={cls} />
          ))}
        </tbody>
        {props.foot && (
          <tfoot>
            <Row cells={props.foot} cls={cls} />
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** One row: its first cell heads the row, the others are its figures. */
function Row(props: { cells: ComponentChildren[]; cls: (i: number) => string | undefined }) {
  return (
    <tr>
      {props.cells.map((cell, i) =>
        i === 0 ? (
          <th key={i} scope="row">
            {cell}
          </th>
        ) : (
          <td key={i} class={props.cls(i)}>
            {cell}
          </td>
        ),
      )}
    </tr>
  );
}
