import { In, type DataSource } from "typeorm";
import DataLoader from "dataloader";
import { manyByKey, oneByKey } from "../../common/loaders";
import { Resolution } from "../entities/resolution.entity";
import { FileVersion } from "../entities/file-version.entity";
import { auditReads, type Actor } from "../services/audit.service";
import { controlStatsByDepartment, type ControlStats } from "../services/resolution-query.service";
import { Department } from "../entities/department.entity";
import { CityDocument } from "../entities/document.entity";
import { Staff } from "../entities/staff.entity";

/** One DataLoader per relation of the documents subgraph, made fresh for each request. */
export function createDocumentsLoaders(db: DataSource, actor: Actor) {
  const departments = db.getRepository(Department);
  const staff = db.getRepository(Staff);
  const documents = db.getRepository(CityDocument);
  return {
    departmentById: oneByKey(
      (ids: readonly number[]) => departments.findBy({ id: In([...ids]) }),
      (d) => d.id,
    ),
    departmentsByParent: manyByKey(
      (ids: readonly number[]) => departments.find({ where: { parentId: In([...ids]) }, order: { code: "ASC" } }),
      (d) => d.parentId!,
    ),
    documentById: oneByKey(
      (ids: readonly number[]) => documents.findBy({ id: In([...ids]) }),
      (d) => d.id,
    ),
    resolutionsByDocument: manyByKey(
      (ids: readonly number[]) =>
        db.getRepository(Resolution).find({ where: { documentId: In([...ids]) }, order: { id: "ASC" } }),
      (r) => r.documentId,
    ),
    executorsByResolution: manyByKey(
      (ids: readonly number[]) =>
        db.query(
          `SELECT e.resolution_id AS "resolutionId", s.id, s.full_name AS "fullName", s.position, s.department_id AS "departmentId", s.roles
             FROM documents.resolution_executor e JOIN documents.staff s ON s.id = e.staff_id
            WHERE e.resolution_id = ANY($1) ORDER BY e.resolution_id, e.position`,
          [ids],
        ) as Promise<(Staff & { resolutionId: number })[]>,
      (s) => s.resolutionId,
    ),
    controlStatsByDepartment: new DataLoader<number, ControlStats>(async (ids) => {
      const stats = await controlStatsByDepartment(db, ids);
      return ids.map((id) => stats.get(id) ?? { onControl: 0, overdue: 0, completedOnTime: 0 });
    }),
    filesByDocument: manyByKey(
      (ids: readonly number[]) =>
        db.getRepository(FileVersion).find({ where: { documentId: In([...ids]) }, order: { version: "ASC" } }),
      (f) => f.documentId,
    ),
    /** Records each restricted document this request reads, once, in one statement. */
    restrictedReads: new DataLoader<number, true>(async (ids) => {
      await auditReads(db, actor, "Document", ids);
      return ids.map(() => true as const);
    }),
    staffById: oneByKey(
      (ids: readonly number[]) => staff.findBy({ id: In([...ids]) }),
      (s) => s.id,
    ),
    staffByDepartment: manyByKey(
      (ids: readonly number[]) => staff.find({ where: { departmentId: In([...ids]) }, order: { fullName: "ASC" } }),
      (s) => s.departmentId,
    ),
  };
}

export type DocumentsLoaders = ReturnType<typeof createDocumentsLoaders>;
