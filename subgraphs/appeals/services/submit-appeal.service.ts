import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { kyivDate } from "../../common/calendar";
import { badInput } from "../../common/errors";
import type { Identity } from "../../common/identity";
import { AppealChannel, AppealStatus, PrivilegeStatus } from "../entities/appeal-enums";
import { AppealCategory } from "../entities/appeal-category.entity";
import { Appeal } from "../entities/appeal.entity";
import { appealErrors } from "../errors";
import type { SubmitAppealInput } from "../inputs/submit-appeal.input";
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

/** Next registration number of the year; the row lock makes concurrent registrations take turns. */
async function nextNumber(m: EntityManager, year: number): Promise<number> {
  const [{ last_number }] = await m.query(
    `INSERT INTO appeals.registration_counter (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = registration_counter.last_number + 1 RETURNING last_number`,
    [year],
  );
  return last_number;
}

/**
 * Registers an appeal at once (art. 14 of the instruction: on the day of receipt) and returns it.
 * The number comes from the year's counter inside the same transaction as the appeal, so numbers
 * are unique and never skipped. The idempotency key is locked first: a repeat (also a
 * concurrent one) returns the appeal already registered; the key reused for another appeal is
 * a CONFLICT. A signed-in citizen's subject is kept so the citizen sees the appeal later. A stated
 * privilege is a claim until staff confirm it; the same applicant's earlier appeals are linked.
 */
export async function submitAppeal(db: DataSource, input: SubmitAppealInput, viewer: Identity): Promise<Appeal> {
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
    const receivedAt = new Date();
    const year = Number(kyivDate(receivedAt).slice(0, 4));
    const seq = await nextNumber(m, year);
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
      citizenSub: viewer.roles.includes("citizen") ? viewer.sub : null,
      status: AppealStatus.REGISTERED,
      receivedAt,
      dueDate: appealDueDate(receivedAt, category.termDays as 15 | 30),
      version: 1,
    });
    const saved = await m.getRepository(Appeal).save(appeal);
    await linkEarlierAppeals(m, saved.id);
    await m.query(
      `INSERT INTO appeals.appeal_event (appeal_id, status, at, actor_sub, note) VALUES ($1, $2, $3, $4, $5)`,
      [
        saved.id,
        AppealStatus.REGISTERED,
        receivedAt,
        viewer.sub,
        `Звернення зареєстровано за № ${saved.registrationNumber}`,
      ],
    );
    return saved;
  });
}
