import type { DataSource } from "typeorm";
import { Department } from "../entities/department.entity";

/** Reads of the council's structure. The list is small (tens of units): no pagination. */
export class DepartmentService {
  constructor(private readonly db: DataSource) {}

  /** Every department, ordered by code, so a parent comes before its children. */
  list(): Promise<Department[]> {
    return this.db.getRepository(Department).find({ order: { code: "ASC" } });
  }
}
