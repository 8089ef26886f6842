import type { EntityManager } from "typeorm";
import { atScale, type VolumeGenerator, type VolumePlan } from "../../common/volume";
import { ADVANCE_JOURNALS, INSERT_DOCUMENTS, INSERT_EXECUTORS, INSERT_RESOLUTIONS } from "./documents.sql";

const nextId = async (m: EntityManager, table: string): Promise<number> =>
  Number((await m.query(`SELECT coalesce(max(id), 0) + 1 AS id FROM documents.${table}`))[0].id);

/** 50,000 documents at scale 1 over the plan's years, and resolutions with their executors. */
async function generate(m: EntityManager, plan: VolumePlan): Promise<void> {
  const from = new Date(Date.UTC(plan.years[0], 0, 1));
  const [firstDocument, firstResolution] = [await nextId(m, "document"), await nextId(m, "resolution")];
  const documents = atScale(plan, 50_000);
  await m.query(INSERT_DOCUMENTS, [from, plan.now, documents]);
  await m.query(ADVANCE_JOURNALS);
  plan.report("documents", documents);
  await m.query(INSERT_RESOLUTIONS, [firstDocument, plan.now]);
  await m.query(INSERT_EXECUTORS, [firstResolution]);
  plan.report("resolutions", (await nextId(m, "resolution")) - firstResolution);
}

/**
 * The documents subgraph's share of a city at scale; it tells the others the departments and
 * their staff.
 */
export const documentsVolume: VolumeGenerator = {
  generate,
  async facts(m) {
    const departments = (await m.query(`
    SELECT d.id, d.head_id AS "headId",
      ARRAY(SELECT s.id FROM documents.staff s WHERE s.department_id = d.id ORDER BY s.id) AS "staffIds"
    FROM documents.department d ORDER BY d.id`)) as { id: number; headId: number | null; staffIds: number[] }[];
    return { departments };
  },
};
