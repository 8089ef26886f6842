import { formatMillions, MONTHS } from "./format";

/**
 * Hand-made SVG charts (no chart library): horizontal bars per row and series, and monthly
 * columns. Each is one image with a text alternative; the page shows every figure in a table too.
 */
export interface Series {
  name: string;
  className: string;
}

export function Legend({ series }: { series: Series[] }) {
  return (
    <ul class="legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.name}>
          <svg class="swatch" viewBox="0 0 10 10">
            <rect class={s.className} width="10" height="10" />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}

const LABEL_WIDTH = 260;
const CHART_WIDTH = 760;

/** Rows of grouped horizontal bars (e.g. amended and executed per programme), scaled to the largest value. */
export function HBars(props: { title: string; series: Series[]; rows: { label: string; values: number[] }[] }) {
  const bar = 12;
  const rowHeight = props.series.length * (bar + 2) + 12;
  const max = Math.max(1, ...props.rows.flatMap((r) => r.values));
  const scale = (CHART_WIDTH - LABEL_WIDTH - 80) / max;
  const clip = (text: string) => (text.length > 42 ? `${text.slice(0, 41)}…` : text);
  return (
    <figure>
      <Legend series={props.series} />
      <svg
        class="chart"
        role="img"
        aria-label={`${props.title}: стовпчикова діаграма; ті самі числа — у таблиці нижче`}
        viewBox={`0 0 ${CHART_WIDTH} ${props.rows.length * rowHeight + 4}`}
      >
        {props.rows.map((row, r) => (
          <g key={row.label} transform={`translate(0 ${r * rowHeight + 4})`}>
            <text x="0" y={bar}>
              {clip(row.label)}
            </text>
            {row.values.map((value, s) => (
              <g key={s}>
                <rect
                  class={props.series[s].className}
                  x={LABEL_WIDTH}
                  y={s * (bar + 2)}
                  width={Math.max(1, value * scale)}
                  height={bar}
                />
                <text x={LABEL_WIDTH + value * scale + 4} y={s * (bar + 2) + bar - 2}>
                  {formatMillions(value)}
                </text>
              </g>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** Twelve months of columns (e.g. executed in each month), with the largest month's figure as the scale. */
export function MonthColumns(props: { title: string; series: Series; values: number[] }) {
  const height = 220;
  const top = 24;
  const max = Math.max(1, ...props.values);
  const column = CHART_WIDTH / 12;
  return (
    <figure>
      <Legend series={[props.series]} />
      <svg
        class="chart"
        role="img"
        aria-label={`${props.title}: діаграма за місяцями; ті самі числа — у таблиці нижче`}
        viewBox={`0 0 ${CHART_WIDTH} ${height + 40}`}
      >
        {props.values.map((value, m) => {
          const h = (value / max) * (height - top);
          return (
            <g key={m}>
              <rect
                class={props.series.className}
                x={m * column + 8}
                y={height - h}
                width={column - 16}
                height={Math.max(value > 0 ? 1 : 0, h)}
              />
              {value > 0 && (
                <text x={m * column + column / 2} y={height - h - 4} text-anchor="middle">
                  {formatMillions(value)}
                </text>
              )}
              <text x={m * column + column / 2} y={height + 16} text-anchor="middle">
                {MONTHS[m]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
