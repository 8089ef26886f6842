import { useEffect, useRef, useState } from "preact/hooks";
import { href, navigate } from "../router";
import { formatDate, formatDateTime } from "../ui/format";
import { APPEAL_STATUS, label } from "../ui/labels";
import { Empty, Failure, Loading, PartlyMissing } from "../ui/states";
import { useQuery } from "../ui/use-query";

interface TrackedAppeal {
  trackingCode: string;
  registrationNumber: string;
  status: string;
  category: string;
  receivedAt: string;
  dueDate: string;
  department: { name: string } | null;
  timeline: { status: string; at: string; note: string | null }[];
  answer: {
    answeredAt: string;
    text: string;
    document: { registrationNumber: string; registeredAt: string } | null;
  } | null;
}

/** Following an appeal by its tracking code: the code form, then where the appeal is and its answer. */
export function TrackPage({ code }: { code?: string }) {
  const [typed, setTyped] = useState(code ?? "");
  useEffect(() => setTyped(code ?? ""), [code]);
  return (
    <section>
      <h1>Стан звернення</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) navigate(href(`track/${typed.trim()}`));
        }}
      >
        <div class="field">
          <label for="track-code">Код відстеження з квитанції</label>
          <input id="track-code" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} autocomplete="off" />
        </div>
        <div>
          <button type="submit">Показати</button>
        </div>
      </form>
      {code && <TrackedResult code={code} />}
    </section>
  );
}

function TrackedResult({ code }: { code: string }) {
  const q = useQuery<{ trackAppeal: TrackedAppeal | null }>("TrackAppeal", { trackingCode: code });
  const categories = useQuery<{ appealCategories: { code: string; name: string }[] }>("AppealCategories", {});
  const heading = useRef<HTMLHeadingElement>(null);
  const appeal = q.data?.trackAppeal;
  useEffect(() => void (appeal && heading.current?.focus()), [appeal]);
  if (q.loading) return <Loading what="стан звернення" />;
  if (q.failure || (q.errors.length && !appeal)) return <Failure errors={q.errors} failure={q.failure} />;
  if (!appeal)
    return (
      <Empty>
        Звернення з кодом «{code}» не знайдено. Перевірте код у квитанції: його видають під час реєстрації звернення.
      </Empty>
    );
  const category = categories.data?.appealCategories.find((c) => c.code === appeal.category)?.name ?? appeal.category;
  return (
    <article data-tracked aria-labelledby="tracked-heading">
      <h2 id="tracked-heading" ref={heading} tabIndex={-1}>
        Звернення № {appeal.registrationNumber}
      </h2>
      {q.errors.length > 0 && <PartlyMissing />}
      <dl class="figures">
        <div>
          <dt>Стан</dt>
          <dd data-field="status">{label(APPEAL_STATUS, appeal.status)}</dd>
        </div>
        <div>
          <dt>Відповідь — не пізніше</dt>
          <dd data-field="dueDate">{formatDate(appeal.dueDate)}</dd>
        </div>
        <div>
          <dt>Категорія</dt>
          <dd>{category}</dd>
        </div>
        <div>
          <dt>Розглядає</dt>
          <dd>{appeal.department?.name ?? "ще не визначено"}</dd>
        </div>
      </dl>
      <h3>Хід розгляду</h3>
      <ol class="timeline" data-timeline>
        {appeal.timeline.map((entry, i) => (
          <li key={i}>
            <strong>{label(APPEAL_STATUS, entry.status)}</strong> — {formatDateTime(entry.at)}
            {entry.note && <span class="meta">{entry.note}</span>}
          </li>
        ))}
      </ol>
      <h3>Відповідь</h3>
      {appeal.answer ? (
        <div class="card" data-answer>
          <p>{appeal.answer.text}</p>
          <p class="meta">
            Надано {formatDateTime(appeal.answer.answeredAt)}
            {appeal.answer.document &&
              `; лист № ${appeal.answer.document.registrationNumber} від ${formatDate(appeal.answer.document.registeredAt)}`}
          </p>
        </div>
      ) : (
        <Empty>Відповіді ще немає. Її буде надано не пізніше {formatDate(appeal.dueDate)}.</Empty>
      )}
    </article>
  );
}
