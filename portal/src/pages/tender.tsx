import { href } from "../router";
import { formatDate, formatDateTime, formatMoney } from "../ui/format";
import {
  AWARD_STATUS,
  CONTRACT_STATUS,
  label,
  PROCUREMENT_CATEGORY,
  PROCUREMENT_METHOD,
  TENDER_STATUS,
} from "../ui/labels";
import { Failure, Loading, PartlyMissing } from "../ui/states";
import { Table } from "../ui/table";
import { useQuery } from "../ui/use-query";
import type { Money } from "./tender-types";

interface TenderDetail {
  id: string;
  ocid: string;
  title: string;
  description: string | null;
  status: string;
  procurementMethod: string | null;
  mainProcurementCategory: string | null;
  datePublished: string;
  value: Money | null;
  tenderPeriod: { startDate: string | null; endDate: string | null } | null;
  procuringEntity: { name: string } | null;
  items: {
    description: string;
    quantity: number | null;
    unit: string | null;
    classification: { id: string; description: string } | null;
  }[];
  lots: { id: string; title: string | null; status: string | null; value: Money | null }[];
  awards: {
    id: string;
    status: string;
    date: string | null;
    value: Money | null;
    suppliers: { name: string; identifier: { id: string } | null }[];
  }[];
  contracts: {
    id: string;
    status: string;
    dateSigned: string | null;
    value: Money | null;
    documents: { id: string; registrationNumber: string; title: string | null }[];
  }[];
  funding: {
    amount: Money;
    budgetLine: { program: { code: string; name: string } | null; economicCode: { code: string; name: string } } | null;
  }[];
}

/**
 * The process on Prozorro: its page by tenderID (the ocid without the ocds-be6bcu- prefix) when the
 * ocid has Prozorro's shape, else Prozorro's search for the ocid.
 */
export function prozorroLink(ocid: string): string {
  const tenderId = /^ocds-be6bcu-(UA-\d{4}-\d{2}-\d{2}-\d{6}-[a-z])$/.exec(ocid)?.[1];
  return tenderId
    ? `https://prozorro.gov.ua/tender/${tenderId}`
    : `https://prozorro.gov.ua/search/tender?text=${encodeURIComponent(ocid)}`;
}

const money = (m: Money | null) => formatMoney(m?.amount, m?.currency);

export function TenderPage({ id }: { id: string }) {
  const q = useQuery<{ tender: TenderDetail | null }>("PortalTender", { id });
  if (q.loading) return <Loading what="закупівлю" />;
  if (q.failure || (q.errors.length && !q.data?.tender)) return <Failure errors={q.errors} failure={q.failure} />;
  const t = q.data?.tender;
  if (!t)
    return (
      <section>
        <h1>Закупівлю не знайдено</h1>
        <p>
          Закупівлі з таким номером немає. <a href={href("tenders")}>До списку закупівель</a>
        </p>
      </section>
    );
  return (
    <article data-tender={t.id}>
      <p>
        <a href={href("tenders")}>← Закупівлі</a>
      </p>
      <h1>{t.title}</h1>
      {q.errors.length > 0 && <PartlyMissing />}
      <dl class="figures">
        <div>
          <dt>Очікувана вартість</dt>
          <dd>{money(t.value)}</dd>
        </div>
        <div>
          <dt>Статус</dt>
          <dd>{label(TENDER_STATUS, t.status)}</dd>
        </div>
        <div>
          <dt>Процедура</dt>
          <dd>
            {label(PROCUREMENT_METHOD, t.procurementMethod)}, {label(PROCUREMENT_CATEGORY, t.mainProcurementCategory)}
          </dd>
        </div>
        <div>
          <dt>Замовник</dt>
          <dd>{t.procuringEntity?.name ?? "—"}</dd>
        </div>
        <div>
          <dt>Оприлюднено</dt>
          <dd>{formatDate(t.datePublished)}</dd>
        </div>
        <div>
          <dt>Подання пропозицій</dt>
          <dd>
            {formatDateTime(t.tenderPeriod?.startDate)} — {formatDateTime(t.tenderPeriod?.endDate)}
          </dd>
        </div>
        <div>
          <dt>Ідентифікатор (ocid)</dt>
          <dd>
            <a href={prozorroLink(t.ocid)} data-prozorro rel="noopener" target="_blank">
              {t.ocid} на Prozorro<span class="visually-hidden"> (відкриється в новій вкладці)</span>
            </a>
          </dd>
        </div>
      </dl>
      {t.description && <p>{t.description}</p>}
      <Table
        caption="Предмет закупівлі"
        head={["Опис", "Кількість", "ДК 021"]}
        rows={t.items.map((i) => [
          i.description,
          `${i.quantity ?? "—"} ${i.unit ?? ""}`.trim(),
          i.classification ? `${i.classification.id} ${i.classification.description}` : "—",
        ])}
      />
      <Table
        caption="Лоти"
        head={["Лот", "Статус", "Вартість"]}
        numeric={[2]}
        rows={t.lots.map((l) => [l.title ?? l.id, label(TENDER_STATUS, l.status?.toUpperCase()), money(l.value)])}
      />
      <Table
        caption="Визначення переможця"
        head={["Учасник", "ЄДРПОУ", "Статус", "Дата", "Сума"]}
        numeric={[4]}
        rows={t.awards.map((a) => [
          a.suppliers.map((s) => s.name).join(", "),
          a.suppliers.map((s) => s.identifier?.id ?? "—").join(", "),
          label(AWARD_STATUS, a.status),
          formatDate(a.date),
          money(a.value),
        ])}
      />
      <Table
        caption="Договори"
        head={["Договір", "Статус", "Підписано", "Сума", "Документи"]}
        numeric={[3]}
        rows={t.contracts.map((c) => [
          c.id,
          label(CONTRACT_STATUS, c.status),
          formatDate(c.dateSigned),
          money(c.value),
          <>
            {c.documents.map((d) => (
              <a key={d.id} href={href(`documents/${d.id}`)}>
                № {d.registrationNumber} {d.title ?? ""}
              </a>
            ))}
          </>,
        ])}
      />
      <Table
        caption="Джерела фінансування (бюджет міста)"
        head={["Програма", "КЕКВ", "Сума"]}
        numeric={[2]}
        rows={t.funding.map((f) => [
          f.budgetLine?.program ? `${f.budgetLine.program.code} ${f.budgetLine.program.name}` : "—",
          f.budgetLine ? `${f.budgetLine.economicCode.code} ${f.budgetLine.economicCode.name}` : "—",
          money(f.amount),
        ])}
      />
    </article>
  );
}
