import { useRef, useState } from "preact/hooks";
import { request, type GraphError } from "../graphql";
import { Field } from "../ui/field";
import { APPEAL_TYPE } from "../ui/labels";
import { Failure, Loading } from "../ui/states";
import { useQuery } from "../ui/use-query";
import { appealInput, EMPTY_APPEAL, fieldErrors, type AppealField, type AppealValues } from "./appeal-form";
import { Receipt, type AppealReceipt } from "./receipt";

interface Category {
  code: string;
  name: string;
  termDays: number;
}

const CONSENT_MISSING = "Без згоди на обробку персональних даних звернення не можна зареєструвати.";
/** A random key (getRandomValues works also where randomUUID does not: pages not served over https). */
const newKey = () =>
  `portal-${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("")}`;
const fieldId = (field: string) => `appeal-${field.replace(".", "-")}`;

/**
 * Filing an appeal: the categories with their legal terms, the applicant's data, consent to
 * processing it, and the receipt. Validation is the server's: its Ukrainian message for each
 * field (BAD_USER_INPUT `extensions.fields`) is shown at the field, and the focus goes to the
 * first one. The idempotency key stays the same until a receipt comes, so sending again after a
 * lost answer registers the appeal once.
 */
export function SubmitPage() {
  const categories = useQuery<{ appealCategories: Category[] }>("AppealCategories", {});
  const [values, setValues] = useState<AppealValues>({ ...EMPTY_APPEAL, type: "APPLICATION" });
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<{
    byField: Partial<Record<AppealField | "consent", string>>;
    general: string[];
  }>({ byField: {}, general: [] });
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<AppealReceipt | null>(null);
  const key = useRef(newKey());
  const form = useRef<HTMLFormElement>(null);

  const focusFirstError = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid=true], .form-errors")?.focus());

  async function submit(event: Event) {
    event.preventDefault();
    if (!consent) {
      setErrors({ byField: { consent: CONSENT_MISSING }, general: [] });
      return focusFirstError();
    }
    setSending(true);
    const result = await request<{ submitAppeal: AppealReceipt }>("SubmitAppeal", {
      input: appealInput(values, key.current),
    });
    setSending(false);
    if (result.data?.submitAppeal) {
      key.current = newKey();
      setReceipt(result.data.submitAppeal);
      return;
    }
    const mapped = result.failure
      ? { byField: {}, general: [result.failure] }
      : fieldErrors(result.errors.length ? result.errors : ([{ message: "" }] as GraphError[]));
    setErrors(mapped);
    focusFirstError();
  }

  if (receipt) return <Receipt receipt={receipt} onAnother={() => (setReceipt(null), setValues(EMPTY_APPEAL))} />;

  const set = (field: AppealField) => (e: Event) =>
    setValues({ ...values, [field]: (e.currentTarget as HTMLInputElement).value });
  const chosen = categories.data?.appealCategories.find((c) => c.code === values.category);
  const text = (
    field: AppealField,
    label: string,
    hint?: string,
    type: "text" | "email" | "tel" = "text",
    autocomplete?: string,
  ) => (
    <Field id={fieldId(field)} label={label} hint={hint} error={errors.byField[field]}>
      {(attrs) => (
        <input
          {...attrs}
          type={type as "text"}
          autocomplete={autocomplete}
          value={values[field]}
          onInput={set(field)}
        />
      )}
    </Field>
  );
  return (
    <section>
      <h1>Подати звернення</h1>
      <p class="lead">
        Звернення реєструється одразу. Строк розгляду — до 15 днів, якщо питання не потребує додаткового вивчення,
        інакше до 30 днів (ст. 20 Закону України «Про звернення громадян»). Ви отримаєте код, за яким можна стежити за
        розглядом.
      </p>
      <form ref={form} onSubmit={submit} noValidate aria-describedby="appeal-required">
        <p id="appeal-required" class="hint">
          Усі поля обов'язкові, крім одного з контактів: вкажіть e-mail або телефон.
        </p>
        {errors.general.length > 0 && (
          <div class="state state-error form-errors" role="alert" tabIndex={-1}>
            {errors.general.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        )}
        <fieldset>
          <legend>Вид звернення</legend>
          {Object.entries(APPEAL_TYPE).map(([value, name]) => (
            <label key={value} class="check">
              <input type="radio" name="type" value={value} checked={values.type === value} onChange={set("type")} />
              {name}
            </label>
          ))}
        </fieldset>
        {categories.loading ? (
          <Loading what="категорії" />
        ) : categories.failure || !categories.data ? (
          <Failure errors={categories.errors} failure={categories.failure} />
        ) : (
          <Field
            id={fieldId("category")}
            label="Категорія"
            hint={chosen ? `Строк розгляду: до ${chosen.termDays} днів.` : "Від категорії залежить строк розгляду."}
            error={errors.byField.category}
          >
            {(attrs) => (
              <select {...attrs} value={values.category} onChange={set("category")}>
                <option value="">Оберіть категорію</option>
                {categories.data!.appealCategories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name} (до {c.termDays} днів)
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {text("subject", "Тема")}
        <Field
          id={fieldId("text")}
          label="Текст звернення"
          hint="Від 10 символів: суть питання, прохання чи пропозиції."
          error={errors.byField.text}
        >
          {(attrs) => <textarea {...attrs} value={values.text} onInput={set("text")} />}
        </Field>
        {text("applicant.fullName", "Прізвище, ім'я, по батькові", undefined, "text", "name")}
        {text(
          "applicant.address",
          "Місце проживання",
          "Поштова адреса: сюди можна надіслати відповідь.",
          "text",
          "street-address",
        )}
        {text("applicant.email", "Електронна пошта", "Сюди прийде відповідь.", "email", "email")}
        {text("applicant.phone", "Телефон", "Наприклад +380 44 123 45 67.", "tel", "tel")}
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              id="appeal-consent"
              checked={consent}
              onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)}
              aria-invalid={errors.byField.consent ? "true" : undefined}
              aria-describedby={errors.byField.consent ? "appeal-consent-error" : undefined}
            />
            <span>
              Даю згоду на обробку моїх персональних даних для розгляду звернення (Закон України «Про захист
              персональних даних»). Дані бачать лише працівники, які розглядають звернення.
            </span>
          </label>
          {errors.byField.consent && (
            <p class="field-error" id="appeal-consent-error">
              {errors.byField.consent}
            </p>
          )}
        </div>
        <div>
          <button type="submit" disabled={sending}>
            {sending ? "Надсилаємо…" : "Надіслати звернення"}
          </button>
        </div>
      </form>
    </section>
  );
}
