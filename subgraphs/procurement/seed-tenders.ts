import type { EntityManager } from "typeorm";
import { kyivYear } from "../common/calendar";

/** A demo tender; dates are relative to the day of seeding. */
export interface DemoTender {
  departmentId: number;
  title: string;
  status: string;
  amount: string;
  daysAgo: number;
  category: "goods" | "works" | "services";
  cpv: [string, string];
}

const CPV: Record<DemoTender["category"], [string, string][]> = {
  works: [
    ["45233142-6", "Ремонт доріг"],
    ["45453000-7", "Капітальний ремонт і реставрація"],
    ["45261910-6", "Ремонт покрівлі"],
  ],
  goods: [
    ["30213000-5", "Персональні комп'ютери"],
    ["15810000-9", "Хлібопродукти"],
    ["33600000-6", "Фармацевтична продукція"],
  ],
  services: [
    ["90510000-5", "Утилізація сміття та поводження зі сміттям"],
    ["71320000-7", "Послуги з інженерного проектування"],
    ["60130000-8", "Послуги з нерегулярних перевезень пасажирів"],
  ],
};
const STATUSES = [
  "complete",
  "complete",
  "complete",
  "active",
  "active",
  "cancelled",
  "unsuccessful",
  "planned",
  "planning",
  "withdrawn",
];
const DEPARTMENTS = [1, 3, 4, 5, 6, 7];
/** Programme indexes of the budget demo (DEMO_PROGRAMS order) by department. */
const PROGRAMS: Record<number, number[]> = { 1: [0], 3: [1, 2], 4: [3], 5: [4], 6: [5], 7: [6] };
const DAY = 86_400_000;

/** A small deterministic generator (mulberry32), so every demo city is the same city. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The budget demo's line id for a programme, year and economic line: the budget seed inserts, per
 * programme, five lines of the previous year then five of the current one (ids from 1).
 */
const budgetLineId = (programIndex: number, current: boolean, lineIndex: number) =>
  programIndex * 10 + (current ? 5 : 0) + lineIndex + 1;

export const generatedTenders = {
  shape([departmentId, title, status, amount, daysAgo]: [number, string, string, string, number]): DemoTender {
    const category = /ремонт|озеленення|освітлення/i.test(title)
      ? "works"
      : /послуг|вивезення|аудит|обслуговування|таксі/i.test(title)
        ? "services"
        : "goods";
    return { departmentId, title, status, amount, daysAgo, category, cpv: CPV[category][0] };
  },

  /** `n` tenders over the current and the previous year, every status, every demo department. */
  list(n: number): DemoTender[] {
    const next = random(2026);
    const now = new Date();
    const span = Math.floor((now.getTime() - Date.UTC(kyivYear(now) - 1, 0, 2)) / DAY);
    return Array.from({ length: n }, (_, i) => {
      const category = (["goods", "works", "services"] as const)[i % 3];
      const cpv = CPV[category][Math.floor(next() * 3)];
      const status = STATUSES[i % STATUSES.length];
      const daysAgo = status === "active" ? Math.floor(next() * 15) : 20 + Math.floor(next() * (span - 20));
      return {
        departmentId: DEPARTMENTS[i % DEPARTMENTS.length],
        title: `${cpv[1]}: закупівля № ${i + 15}`,
        status,
        // 20 000 to 600 000: small enough that a year's generated contracts fit within any demo line's plan.
        amount: `${(20 + Math.floor(next() * 580)) * 1000}.00`,
        daysAgo,
        category,
        cpv,
      };
    });
  },

  /** Inserts tender `id` with its item, award and contract (when complete or unsuccessful) and funding. */
  async insert(m: EntityManager, id: number, t: DemoTender): Promise<void> {
    // Held within the previous and the current year, whose budget lines fund it (in January, 400 days ago is older).
    const published = new Date(Math.max(Date.now() - t.daysAgo * DAY, Date.UTC(kyivYear() - 1, 0, 2)));
    const end =
      t.status === "active" ? new Date(Date.now() + (5 + (id % 20)) * DAY) : new Date(published.getTime() + 15 * DAY);
    const ocid = `ocds-be6bcu-UA-${published.toISOString().slice(0, 10)}-${String(id).padStart(6, "0")}-a`;
    await m.query(
      `INSERT INTO procurement.tender (id, ocid, title, status, procurement_method, main_procurement_category, value_amount, value_currency,
         tender_start, tender_end, enquiry_start, enquiry_end, procuring_entity_id, date_published)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'UAH', $8, $9, $8, $10, $11, $8)`,
      [
        id,
        ocid,
        t.title,
        t.status,
        Number(t.amount) < 200_000 ? "limited" : "open",
        t.category,
        t.amount,
        published,
        end,
        new Date(end.getTime() - 3 * DAY),
        t.departmentId,
      ],
    );
    await m.query(
      `INSERT INTO procurement.item (tender_id, ext_id, description, quantity, unit_name, scheme, code, code_description) VALUES ($1, '1', $2, $3, $4, 'ДК021', $5, $6)`,
      [
        id,
        t.title,
        t.category === "works" ? 1 : 10 + (id % 90),
        t.category === "works" ? "послуга" : "штука",
        t.cpv[0],
        t.cpv[1],
      ],
    );
    let contractId: number | null = null;
    if (t.status === "complete" || t.status === "unsuccessful") {
      const [{ id: awardId }] = await m.query(
        `INSERT INTO procurement.award (tender_id, ext_id, status, date, value_amount, value_currency) VALUES ($1, '1', $2, $3, $4, 'UAH') RETURNING id`,
        [
          id,
          t.status === "complete" ? "active" : "unsuccessful",
          new Date(end.getTime() + 2 * DAY),
          (Number(t.amount) * 0.95).toFixed(2),
        ],
      );
      await m.query(`INSERT INTO procurement.award_supplier (award_id, party_id) VALUES ($1, $2)`, [
        awardId,
        1 + (id % 5),
      ]);
    }
    if (t.status === "complete") {
      [{ id: contractId }] = await m.query(
        `INSERT INTO procurement.contract (tender_id, ext_id, award_ext_id, status, date_signed, value_amount, value_currency) VALUES ($1, '1', '1', 'active', $2, $3, 'UAH') RETURNING id`,
        [id, new Date(end.getTime() + 7 * DAY), (Number(t.amount) * 0.95).toFixed(2)],
      );
      // Contract documents: the council's public decision for some, a restricted note for one.
      const documentId = t.departmentId === 7 ? 10 : id % 10 === 0 ? 1 : null;
      if (documentId !== null)
        await m.query(`INSERT INTO procurement.contract_document (contract_id, document_id) VALUES ($1, $2)`, [
          contractId,
          documentId,
        ]);
    }
    if (t.status === "planning") return;
    const current = kyivYear(published) === kyivYear();
    const programs = PROGRAMS[t.departmentId];
    const shares = programs.length > 1 ? [0.6, 0.4] : [1];
    for (const [i, share] of shares.entries()) {
      const amount =
        i === 0
          ? (Number(t.amount) * share).toFixed(2)
          : (Number(t.amount) - Number((Number(t.amount) * shares[0]).toFixed(2))).toFixed(2);
      await m.query(
        `INSERT INTO procurement.funding (tender_id, contract_id, budget_line_id, amount) VALUES ($1, $2, $3, $4)`,
        [id, contractId, budgetLineId(programs[i], current, t.category === "works" ? 4 : 2), amount],
      );
    }
  },
};
