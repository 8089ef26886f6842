import type { DataSource } from "typeorm";
import { AppealCategory } from "../entities/appeal-category.entity";

/** Every category, by name (a short reference list). */
export function listAppealCategories(db: DataSource): Promise<AppealCategory[]> {
  return db.getRepository(AppealCategory).find({ order: { name: "ASC" } });
}
