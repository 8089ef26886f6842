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

/**
 * Twelve months of grouped columns (one per series, e.g. the plan as it stood and executed from
 * 1 January), on a scale with three gridlines, and an optional dashed reference line (e.g. the plan
 * as adopted).
 */
export function MonthColumns(props: {
  title: string;
  series: Series[];
  values: number[][];
  reference?: { series: Series; value: number };
}) {
  const height = 240;
  const left = 64;
  const top = 12;
  const max = Math.max(1, ...props.values.flat(), props.reference?.value ?? 0);
  const y = (value: number) => height - (value / max) * (height - top);
  const column = (CHART_WIDTH - left) / 12;
  const width = (column - 12) / props.series.length;
  return (
    <figure>
      <Legend series={[...props.series, ...(props.reference ? [props.reference.series] : [])]} />
      <svg
        class="chart"
        role="img"
        aria-label={`${props.title}: діаграма за місяцями; ті самі числа — у таблиці нижче`}
        viewBox={`0 0 ${CHART_WIDTH} ${height + 28}`}
      >
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line class="grid-line" x1={left} x2={CHART_WIDTH} y1={y(max * share)} y2={y(max * share)} />
            <text x={left - 6} y={y(max * share) + 4} text-anchor="end">
              {formatMillions(max * share)}
            </text>
          </g>
        ))}
        {MONTHS.map((name, m) => (
          <g key={name}>
            {props.series.map((series, s) => {
              const value = props.values[s][m] ?? 0;
              return (
                <rect
                  key={series.name}
                  class={series.className}
                  x={left + m * column + 6 + s * width}
                  y={y(value)}
                  width={width}
                  height={height - y(value)}
                />
              );
            })}
            <text x={left + m * column + column / 2} y={height + 18} text-anchor="middle">
              {name}
            </text>
          </g>
        ))}
        {props.reference && (
          <line
            class={`reference ${props.reference.series.className}`}
            x1={left}
            x2={CHART_WIDTH}
            y1={y(props.reference.value)}
            y2={y(props.reference.value)}
          />
        )}
      </svg>
    </figure>
  );
}
