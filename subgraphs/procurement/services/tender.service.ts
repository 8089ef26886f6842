import { In, type DataSource } from "typeorm";
import { Tender } from "../entities/tender.entity";

/** Tenders by id, in any order (the loader puts them in key order). */
export function tendersById(db: DataSource, ids: readonly number[]): Promise<Tender[]> {
  return db.getRepository(Tender).findBy({ id: In([...ids]) });
}
