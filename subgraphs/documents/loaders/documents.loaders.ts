import { In, type DataSource } from "typeorm";
import { manyByKey, oneByKey } from "../../common/loaders";
import { Department } from "../entities/department.entity";
import { CityDocument } from "../entities/document.entity";
import { Staff } from "../entities/staff.entity";

/** One DataLoader per relation of the documents subgraph, made fresh for each request. */
export function createDocumentsLoaders(db: DataSource) {
  const departments = db.getRepository(Department);
  const staff = db.getRepository(Staff);
  const documents = db.getRepository(CityDocument);
  return {
    departmentById: oneByKey((ids: readonly number[]) => departments.findBy({ id: In([...ids]) }), (d) => d.id),
    departmentsByParent: manyByKey(
      (ids: readonly number[]) => departments.find({ where: { parentId: In([...ids]) }, order: { code: "ASC" } }),
      (d) => d.parentId!,
    ),
    documentById: oneByKey((ids: readonly number[]) => documents.findBy({ id: In([...ids]) }), (d) => d.id),
    staffById: oneByKey((ids: readonly number[]) => staff.findBy({ id: In([...ids]) }), (s) => s.id),
    staffByDepartment: manyByKey(
      (ids: readonly number[]) => staff.find({ where: { departmentId: In([...ids]) }, order: { fullName: "ASC" } }),
      (s) => s.departmentId,
    ),
  };
}

export type DocumentsLoaders = ReturnType<typeof createDocumentsLoaders>;
