import type { ComponentChildren } from "preact";
import { describeErrors, type GraphError } from "../graphql";

/** Loading, empty and error states, the same on every page; each announces itself to screen readers. */
export const Loading = ({ what = "дані" }: { what?: string }) => (
  <p class="state state-loading" role="status">
    Завантажуємо {what}…
  </p>
);

export const Empty = ({ children }: { children: ComponentChildren }) => (
  <p class="state state-empty" role="status">
    {children}
  </p>
);

export function Failure({ errors = [], failure }: { errors?: GraphError[]; failure?: string }) {
  return (
    <p class="state state-error" role="alert">
      {failure ?? describeErrors(errors)}
    </p>
  );
}

/** Said under what did come when some fields of it did not (another subgraph's, during its outage). */
export const PartlyMissing = () => (
  <p class="hint" role="status">
    Деякі відомості тут зараз недоступні: служба, що їх надає, не відповідає.
  </p>
);
