/**
 * The parts of an OCDS 1.1 release (tests/fixtures/ocds-schema-1.1.5/release-schema.json) that the
 * import reads and the export writes. Imported releases are untrusted JSON, so:
 * - every field is optional, and `| null` where the schema allows null (a compiled release keeps a
 *   null that no earlier release had a value for);
 * - a field the importer checks at run time is `unknown`: code-list values (reported when outside
 *   the list), amounts and quantities (reported, or left empty, when not numbers);
 * - other fields are typed as the schema says and are not checked: ids go through String(), text
 *   goes to text columns, and a value of another JSON type fails its process's transaction, which
 *   the importer reports as "not imported" and goes on;
 * - every object keeps extension fields (`[extension: string]: unknown`): the compiled release is
 *   stored whole in `tender.extra` and exported again, so Prozorro's 16 extensions are not lost.
 */

/** An id the schema allows as a string or an integer. */
export type OcdsId = string | number;

/** Fields added by OCDS extensions, kept as published. */
interface Extensible {
  [extension: string]: unknown;
}

/** A release the importer admits: its `ocid` is a string (whether it is an OCDS ocid is checked apart). */
export interface Release extends Extensible {
  ocid: string;
  id?: string;
  date?: string;
  tag?: string[];
  initiationType?: string;
  parties?: Organization[];
  buyer?: OrganizationReference;
  tender?: Tender;
  awards?: Award[];
  contracts?: Contract[];
}

/** `amount` is a number and `currency` an ISO 4217 code in the schema; both are checked on import. */
export interface Value extends Extensible {
  amount?: unknown;
  currency?: unknown;
}

export interface Period extends Extensible {
  startDate?: string | null;
  endDate?: string | null;
}

export interface Identifier extends Extensible {
  scheme?: string | null;
  id?: OcdsId | null;
  legalName?: string | null;
}

/** A party: `id` is what buyer, procuringEntity and suppliers refer to. */
export interface Organization extends Extensible {
  id?: string;
  name?: string | null;
  identifier?: Identifier;
  roles?: string[] | null;
}

export interface OrganizationReference extends Extensible {
  id?: OcdsId;
  name?: string | null;
}

export interface Classification extends Extensible {
  scheme?: string | null;
  id?: OcdsId | null;
  description?: string | null;
}

export interface Unit extends Extensible {
  name?: string | null;
}

/** `quantity` is a number in the schema; anything else is stored as no quantity. */
export interface Item extends Extensible {
  id?: OcdsId;
  description?: string | null;
  quantity?: unknown;
  unit?: Unit;
  classification?: Classification;
  /** The lots extension. */
  relatedLot?: string;
}

/** The lots extension (Prozorro publishes lots). */
export interface Lot extends Extensible {
  id?: OcdsId;
  title?: string | null;
  status?: string | null;
  value?: Value;
}

/** `status`, `procurementMethod` and `mainProcurementCategory` are closed code lists, checked on import. */
export interface Tender extends Extensible {
  id?: OcdsId;
  title?: string | null;
  description?: string | null;
  status?: unknown;
  procurementMethod?: unknown;
  mainProcurementCategory?: unknown;
  value?: Value;
  tenderPeriod?: Period;
  enquiryPeriod?: Period;
  procuringEntity?: OrganizationReference;
  /** Not in the 1.1 schema; Prozorro and e-Misto's export publish it. */
  datePublished?: string | null;
  items?: Item[];
  lots?: Lot[];
}

/** `status` is a closed code list, checked on import. */
export interface Award extends Extensible {
  id?: OcdsId;
  status?: unknown;
  date?: string | null;
  value?: Value;
  suppliers?: OrganizationReference[];
}

/** `amount` is the 1.1 schema's deprecated name for `value`, still published. */
export interface Transaction extends Extensible {
  id?: OcdsId;
  date?: string | null;
  value?: Value;
  amount?: Value;
}

/** `status` is a closed code list, checked on import. */
export interface Contract extends Extensible {
  id?: OcdsId;
  awardID?: OcdsId;
  title?: string | null;
  status?: unknown;
  dateSigned?: string | null;
  value?: Value;
  items?: Item[];
  implementation?: { transactions?: Transaction[] } & Extensible;
}

/** Whether a parsed JSON value is a release the importer can place by its ocid. */
export function isRelease(value: unknown): value is Release {
  return typeof propertyOf(value, "ocid") === "string";
}

/** A property of a parsed JSON value, or undefined when the value is not an object. */
export function propertyOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
