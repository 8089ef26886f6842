/** Figures and dates as people in Ukraine write them. */
const money = new Intl.NumberFormat("uk-UA", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat("uk-UA", { maximumFractionDigits: 1 });

/** "1250000.00" (a Decimal) → "1 250 000,00 грн". */
export const formatMoney = (amount: string | number | null | undefined, currency = "UAH"): string =>
  amount == null ? "—" : `${money.format(Number(amount))} ${currency === "UAH" ? "грн" : currency}`;

/** Millions with one decimal, for chart labels: "12,5 млн". */
export const formatMillions = (amount: string | number): string => `${compact.format(Number(amount) / 1e6)} млн`;

export const formatPercent = (rate: number | null | undefined): string =>
  rate == null ? "—" : `${compact.format(rate * 100)} %`;

/** "2026-03-01" or an ISO instant → "01.03.2026" (Kyiv time for instants). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split("-").reverse().join(".");
  return new Date(value).toLocaleDateString("uk-UA", { timeZone: "Europe/Kyiv" });
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleString("uk-UA", { timeZone: "Europe/Kyiv", dateStyle: "short", timeStyle: "short" });
}

export const MONTHS = ["січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"];
