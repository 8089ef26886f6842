import type { DataSource } from "typeorm";
import { Department } from "../entities/department.entity";

/** Reads of the council's structure. The list is small (tens of units): no pagination. */
export class DepartmentService {
  constructor(private readonly db: DataSource) {}

  /** Every department, ordered by code, so a parent comes before its children. */
  list(): Promise<Department[]> {
    return this.db.getRepository(Department).find({ order: { code: "ASC" } });
  }

  /** The department with this code, if any (codes are unique; a code too long to be one finds nothing). */
  byCode(code: string): Promise<Department | null> {
    if (code.length > 32) return Promise.resolve(null);
    return this.db.getRepository(Department).findOneBy({ code });
  }
}
