import type { ComponentChildren } from "preact";

/**
 * A labelled form field with its hint and its error: the error is tied to the control
 * (aria-describedby, aria-invalid) so screen readers read it with the field.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (attrs: FieldAttrs) => ComponentChildren;
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.children({
        id: props.id,
        "aria-invalid": props.error ? "true" : undefined,
        "aria-describedby": described || undefined,
        class: props.error ? "invalid" : undefined,
      })}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export interface FieldAttrs {
  id: string;
  "aria-invalid"?: "true";
  "aria-describedby"?: string;
  class?: string;
}
