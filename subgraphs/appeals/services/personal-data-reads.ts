import type { DataSource } from "typeorm";
import type { Actor } from "../../common/audit-trail";

/**
 * How long reads of applicants' personal data are kept, in months, unless the city sets
 * AUDIT_READ_RETENTION_MONTHS (at least 12): long enough to answer a citizen's or the
 * Ombudsman's question about who read an appeal, short enough that the log does not outgrow the
 * appeals themselves. Changes (registration, assignment, answers) stay on the timeline for good.
 */
export const DEFAULT_READ_RETENTION_MONTHS = 36;

/** PostgreSQL's complaint when no partition covers a row's month (nobody ran the maintenance for a year). */
const NO_PARTITION = /no partition of relation/;

/**
 * Records that one request read the personal data of `appealIds`: one row, whatever the page size.
 * Partitions are made a year ahead (personalDataReadMaintenance); should the month have none, it is
 * made now and the row written, so a read is never left unrecorded.
 */
export async function recordPersonalDataReads(
  db: DataSource,
  actor: Actor,
  appealIds: readonly number[],
): Promise<void> {
  const insert = () =>
    db.query(
      `INSERT INTO appeals.personal_data_read (actor_sub, actor_roles, request_id, appeal_ids) VALUES ($1, $2, $3, $4)`,
      [actor.viewer.subject, actor.viewer.roles, actor.requestId, [...appealIds].sort((a, b) => a - b)],
    );
  try {
    await insert();
  } catch (err) {
    if (!NO_PARTITION.test((err as Error).message)) throw err;
    // Makes the partitions only: a century of retention drops nothing.
    await db.query(`SELECT appeals.personal_data_read_maintain(1200)`);
    await insert();
  }
}

/**
 * The retention rule, run by `npm run audit:retention` (monthly, beside the backup): makes the
 * partitions of this month and the next twelve, and drops the months older than `retentionMonths`.
 * Returns the partitions dropped.
 */
export async function personalDataReadMaintenance(db: DataSource, retentionMonths: number): Promise<string[]> {
  const [{ dropped }] = await db.query(`SELECT appeals.personal_data_read_maintain($1) AS dropped`, [retentionMonths]);
  return dropped as string[];
}
