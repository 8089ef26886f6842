import { useEffect, useRef } from "preact/hooks";
import { href } from "../router";
import { formatDate, formatDateTime } from "../ui/format";
import { APPEAL_STATUS, label } from "../ui/labels";

export interface AppealReceipt {
  trackingCode: string;
  registrationNumber: string;
  status: string;
  receivedAt: string;
  dueDate: string;
}

/** The receipt of a registered appeal: what a citizen keeps (and prints) to follow it. */
export function Receipt({ receipt, onAnother }: { receipt: AppealReceipt; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="receipt" data-receipt>
      <h1 ref={heading} tabIndex={-1}>
        Звернення зареєстровано
      </h1>
      <dl class="figures">
        <div>
          <dt>Реєстраційний номер</dt>
          <dd data-field="registrationNumber">{receipt.registrationNumber}</dd>
        </div>
        <div>
          <dt>Код відстеження</dt>
          <dd class="code" data-field="trackingCode">
            {receipt.trackingCode}
          </dd>
        </div>
        <div>
          <dt>Надійшло</dt>
          <dd>{formatDateTime(receipt.receivedAt)}</dd>
        </div>
        <div>
          <dt>Відповідь — не пізніше</dt>
          <dd data-field="dueDate">{formatDate(receipt.dueDate)}</dd>
        </div>
        <div>
          <dt>Стан</dt>
          <dd>{label(APPEAL_STATUS, receipt.status)}</dd>
        </div>
      </dl>
      <p>Збережіть код відстеження: за ним видно стан звернення і відповідь. Код знаєте лише ви.</p>
      <p class="no-print pager">
        <button type="button" onClick={() => print()}>
          Друкувати квитанцію
        </button>
        <a href={href(`track/${receipt.trackingCode}`)}>Стежити за зверненням</a>
        <button type="button" class="secondary" onClick={onAnother}>
          Подати ще одне
        </button>
      </p>
    </section>
  );
}
