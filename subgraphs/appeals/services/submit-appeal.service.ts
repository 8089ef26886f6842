import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { kyivYear } from "../../common/calendar";
import { badInput } from "../../common/errors";
import { yearlyCounter } from "../../common/yearly-counter";
import type { Viewer } from "../../common/viewer";
import { AppealChannel, AppealStatus, PrivilegeStatus } from "../entities/appeal-enums";
import { AppealCategory } from "../entities/appeal-category.entity";
import { Appeal } from "../entities/appeal.entity";
import { appealErrors } from "../errors";
import type { SubmitAppealInput } from "../inputs/submit-appeal.input";
import { recordAppealEvent } from "./appeal-events";
import { linkEarlierAppeals } from "./appeal-repeats.service";
import { appealDueDate } from "./due-date";
import { newTrackingCode } from "./tracking-code";

/** Channels whose appeals need an e-mail or phone to answer (art. 5: an electronic appeal names a way to answer). */
const ANSWERED_ELECTRONICALLY = [AppealChannel.PORTAL, AppealChannel.EMAIL, AppealChannel.HOTLINE];

/** The same appeal sent twice hashes the same; the key itself is left out. */
function requestHash(input: SubmitAppealInput): string {
  const { idempotencyKey: _key, ...rest } = input;
  return createHash("sha256").update(JSON.stringify(rest)).digest("hex");
}

/** Appeals are numbered З-<n>/<year> from 1 every Kyiv year. */
const nextAppealNumber = yearlyCounter("appeals.registration_counter");

/**
 * Registers an appeal at once (art. 14 of the instruction: on the day of receipt) and returns it.
 * The number comes from the year's counter inside the same transaction as the appeal, so numbers
 * are unique and never skipped. The idempotency key is locked first: a repeat (also a
 * concurrent one) returns the appeal already registered; the key reused for another appeal is
 * a CONFLICT. A signed-in citizen's subject is kept so the citizen sees the appeal later. A stated
 * privilege is a claim until staff confirm it; the same applicant's earlier appeals are linked.
 * `receivedAt` is now, but for the demo seed's history.
 */
export async function submitAppeal(
  db: DataSource | EntityManager,
  input: SubmitAppealInput,
  viewer: Viewer,
  receivedAt: Date = new Date(),
): Promise<Appeal> {
  const category = await db.getRepository(AppealCategory).findOneBy({ code: input.category });
  if (!category) {
    const codes = (await db.getRepository(AppealCategory).find({ order: { code: "ASC" } })).map((c) => c.code);
    throw badInput("category", `category must be one of ${codes.join(", ")}`);
  }
  if (ANSWERED_ELECTRONICALLY.includes(input.channel) && !input.applicant.email && !input.applicant.phone) {
    throw badInput(
      "applicant.email",
      "An e-mail or a phone is required to answer an appeal filed by portal, e-mail or hotline",
    );
  }
  const hash = requestHash(input);
  const claimsPrivilege = input.applicant.privileged === true || input.applicant.privilegeCategory != null;
  return db.transaction(async (m) => {
    await m.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`appeal-key:${input.idempotencyKey}`]);
    const existing = await m.getRepository(Appeal).findOneBy({ idempotencyKey: input.idempotencyKey });
    if (existing) {
      if (existing.requestHash !== hash) throw appealErrors.idempotencyMismatch();
      return existing;
    }
    const year = kyivYear(receivedAt);
    const seq = await nextAppealNumber(m, year);
    const appeal = m.getRepository(Appeal).create({
      registrationYear: year,
      registrationSeq: seq,
      registrationNumber: `З-${seq}/${year}`,
      trackingCode: newTrackingCode(),
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      type: input.type,
      channel: input.channel,
      collective: input.collective,
      category: category.code,
      subject: input.subject.trim(),
      text: input.text,
      applicantFullName: input.applicant.fullName.trim(),
      applicantAddress: input.applicant.address.trim(),
      applicantEmail: input.applicant.email ?? null,
      applicantPhone: input.applicant.phone ?? null,
      privilegeClaimed: claimsPrivilege,
      privilegeCategory: input.applicant.privilegeCategory ?? null,
      privilegeStatus: claimsPrivilege ? PrivilegeStatus.CLAIMED : PrivilegeStatus.NONE,
      locationAddress: input.location?.address ?? null,
      latitude: input.location?.latitude ?? null,
      longitude: input.location?.longitude ?? null,
      citizenSub: viewer.has("citizen") ? viewer.subject : null,
      status: AppealStatus.REGISTERED,
      receivedAt,
      dueDate: appealDueDate(receivedAt, category.termDays as 15 | 30),
      version: 1,
    });
    const saved = await m.getRepository(Appeal).save(appeal);
    await linkEarlierAppeals(m, saved.id);
    await recordAppealEvent(m, {
      appealId: saved.id,
      status: AppealStatus.REGISTERED,
      at: receivedAt,
      by: viewer.subject,
      note: `Звернення зареєстровано за № ${saved.registrationNumber}`,
    });
    return saved;
  });
}
