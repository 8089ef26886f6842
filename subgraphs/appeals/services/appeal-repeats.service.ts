import { In, type DataSource, type EntityManager } from "typeorm";
import { badInput } from "../../common/errors";
import { Appeal } from "../entities/appeal.entity";

/**
 * Repeated appeals (art. 8 of the Law "On Citizens' Appeals"): an appeal is a repeat of the same
 * applicant's earlier appeals in the same category received within the year before it. The same
 * applicant is the same normalised name together with the same normalised address, e-mail or
 * phone (appeals.normalize_* in the migration: case, apostrophes ’ʼ' and spacing folded; an
 * address also without punctuation; a phone as digits with 0… and 80… written 380…). Nothing
 * else is folded (no transliteration, no і/и or г/ґ variants): a near miss is left to staff.
 */

/** Links a newly registered appeal to its earlier ones; runs in the registration's transaction. */
export async function linkEarlierAppeals(m: EntityManager, appealId: number): Promise<void> {
  await m.query(
    `INSERT INTO appeals.appeal_repeat (appeal_id, earlier_id)
     SELECT n.id, e.id FROM appeals.appeal n JOIN appeals.appeal e
         ON e.applicant_name_norm = n.applicant_name_norm AND e.category = n.category
        AND e.received_at < n.received_at AND e.received_at >= n.received_at - interval '1 year'
        AND (e.applicant_address_norm = n.applicant_address_norm OR e.applicant_email_norm = n.applicant_email_norm
             OR e.applicant_phone_norm = n.applicant_phone_norm)
      WHERE n.id = $1
     ON CONFLICT DO NOTHING`,
    [appealId],
  );
}

/** The earlier appeals of many appeals in two statements (for a DataLoader), oldest first. */
export async function earlierAppealsOf(
  db: DataSource,
  ids: readonly number[],
): Promise<{ appealId: number; earlier: Appeal }[]> {
  const links: { appealId: number; earlierId: number }[] = await db.query(
    `SELECT appeal_id AS "appealId", earlier_id AS "earlierId" FROM appeals.appeal_repeat WHERE appeal_id = ANY($1) ORDER BY earlier_id`,
    [ids],
  );
  if (links.length === 0) return [];
  const appeals = await db.getRepository(Appeal).findBy({ id: In([...new Set(links.map((l) => l.earlierId))]) });
  const byId = new Map(appeals.map((a) => [a.id, a]));
  return links.map((l) => ({ appealId: l.appealId, earlier: byId.get(l.earlierId)! }));
}

/**
 * Refuses REPEATED as the ground of a rejection unless one of the appeal's earlier appeals was
 * answered (the question was decided). Counts every earlier appeal, also those the caller may
 * not open; the message gives only counts.
 */
export async function assertRepeatedGround(db: DataSource | EntityManager, appealId: number): Promise<void> {
  const [{ earlier, answered }] = await db.query(
    `SELECT count(*)::int AS earlier, count(*) FILTER (WHERE e.answered_at IS NOT NULL)::int AS answered
       FROM appeals.appeal_repeat r JOIN appeals.appeal e ON e.id = r.earlier_id WHERE r.appeal_id = $1`,
    [appealId],
  );
  if (earlier === 0) {
    throw badInput(
      "reasonCode",
      "reasonCode REPEATED needs an earlier appeal of the same applicant in the same category within a year; this appeal has none",
    );
  }
  if (answered === 0) {
    throw badInput(
      "reasonCode",
      `reasonCode REPEATED needs an earlier appeal that was answered; none of the applicant's ${earlier} earlier appeal(s) in this category has an answer yet`,
    );
  }
}
