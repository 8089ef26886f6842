/** What tenders are about: a title, its CPV (ДК021) code and category, as the demo city's are. */
const SUBJECTS = `(VALUES
  ('Капітальний ремонт покрівлі', '45261000-4', 'works', 'послуга'),
  ('Ремонт доріг комунальної власності', '45233142-6', 'works', 'послуга'),
  ('Поточний ремонт шкіл', '45453000-7', 'works', 'послуга'),
  ('Продукти харчування для закладів освіти', '15800000-6', 'goods', 'кілограм'),
  ('Комп''ютерна техніка', '30213000-5', 'goods', 'штука'),
  ('Медичне обладнання', '33100000-1', 'goods', 'штука'),
  ('Паливо для комунального транспорту', '09130000-9', 'goods', 'літр'),
  ('Світильники вуличного освітлення', '34993000-4', 'goods', 'штука'),
  ('Послуги з прибирання приміщень', '90910000-9', 'services', 'послуга'),
  ('Вивезення твердих побутових відходів', '90511000-2', 'services', 'послуга'),
  ('Охорона об''єктів', '79710000-4', 'services', 'послуга'),
  ('Озеленення парків і скверів', '77310000-6', 'services', 'послуга')
) AS s(title, cpv, category, unit)`;

/**
 * Tenders over the plan's years by the departments procurement knows (department_identifier):
 * the ones whose enquiry period is not over are active, older ones mostly complete, some
 * unsuccessful or cancelled. $1 from, $2 to (now), $3 how many, $4 the first tender number.
 */
export const INSERT_TENDERS = `
WITH subject AS (SELECT s.*, row_number() OVER () - 1 AS k, count(*) OVER () AS n FROM ${SUBJECTS}),
entity AS (
  SELECT department_id AS id, row_number() OVER (ORDER BY department_id) - 1 AS k, count(*) OVER () AS n
  FROM (SELECT DISTINCT department_id FROM procurement.department_identifier) d
), gen AS (
  SELECT g, $1::timestamptz + ($2::timestamptz - $1::timestamptz) * random() AS published,
    floor(random() * 1000000)::int AS pick, random() AS r, round((50 + random() * 9950)::numeric) * 1000 AS value
  FROM generate_series(1, $3::int) AS g
)
INSERT INTO procurement.tender (ocid, title, description, status, procurement_method, main_procurement_category,
  value_amount, value_currency, tender_start, tender_end, procuring_entity_id, date_published, release_date)
SELECT 'ocds-be6bcu-UA-' || to_char(published AT TIME ZONE 'Europe/Kyiv', 'YYYY-MM-DD') || '-'
    || lpad(($4::int + g)::text, 6, '0') || '-v',
  subject.title || ': закупівля № ' || ($4::int + g), subject.title || ' для потреб міста Житомира',
  CASE WHEN published + interval '20 days' > $2::timestamptz THEN 'active'
    WHEN r < 0.7 THEN 'complete' WHEN r < 0.85 THEN 'unsuccessful' ELSE 'cancelled' END,
  CASE WHEN r < 0.85 THEN 'open' ELSE 'limited' END, subject.category, value, 'UAH',
  published, published + interval '20 days', entity.id, published, published
FROM gen JOIN subject ON subject.k = gen.pick % subject.n JOIN entity ON entity.k = (gen.pick / 13) % entity.n`;

/** One item per new tender, its subject's CPV code; $1 the first new tender id. */
export const INSERT_ITEMS = `
INSERT INTO procurement.item (tender_id, ext_id, description, quantity, unit_name, scheme, code, code_description)
SELECT t.id, '1', t.title, 1 + t.id % 50, s.unit, 'ДК021', s.cpv, split_part(t.title, ':', 1)
FROM procurement.tender t JOIN ${SUBJECTS} ON s.title = split_part(t.title, ':', 1)
WHERE t.id >= $1`;

/** Suppliers the awards go to: $1 how many, $2 the first identifier number. */
export const INSERT_SUPPLIERS = `
INSERT INTO procurement.party (scheme, identifier, name)
SELECT 'UA-EDR', (50000000 + $2::int + g)::text,
  'ТОВ «' || (ARRAY['Житомир', 'Полісся', 'Тетерів', 'Поділля', 'Волинь'])[1 + g % 5]
    || (ARRAY['буд', 'постач', 'сервіс', 'трейд', 'ресурс', 'тех'])[1 + (g / 5) % 6] || '-' || g || '»'
FROM generate_series(1, $1::int) AS g
ON CONFLICT (scheme, identifier) DO NOTHING`;

/**
 * Complete tenders get an active award to a supplier at 85–99 % of the expected value and a
 * contract for it (terminated for one in ten); unsuccessful ones an unsuccessful award.
 * $1 the first new tender id, $2 the first supplier party id, $3 how many suppliers.
 */
export const INSERT_AWARDS = `
INSERT INTO procurement.award (tender_id, ext_id, status, date, value_amount, value_currency)
SELECT id, '1', CASE status WHEN 'complete' THEN 'active' ELSE 'unsuccessful' END, tender_end + interval '3 days',
  CASE status WHEN 'complete' THEN round(value_amount * (0.85 + (id % 15) / 100.0), 2) END, 'UAH'
FROM procurement.tender WHERE id >= $1 AND status IN ('complete', 'unsuccessful')`;

export const INSERT_AWARD_SUPPLIERS = `
INSERT INTO procurement.award_supplier (award_id, party_id)
SELECT a.id, $2::int + a.tender_id % $3::int FROM procurement.award a
WHERE a.tender_id >= $1 AND a.status = 'active'`;

export const INSERT_CONTRACTS = `
INSERT INTO procurement.contract (tender_id, ext_id, award_ext_id, status, date_signed, value_amount, value_currency)
SELECT a.tender_id, '1', a.ext_id, CASE WHEN a.tender_id % 10 = 0 THEN 'terminated' ELSE 'active' END,
  a.date + interval '5 days', a.value_amount, 'UAH'
FROM procurement.award a WHERE a.tender_id >= $1 AND a.status = 'active'`;

/**
 * Each new tender is funded from one budget line of its department and year ($2: the lines as
 * JSON [{ id, year, departmentId }]), for its expected value; tenders of a department or year
 * without lines are funded from none. $1 the first new tender id.
 */
export const INSERT_FUNDING = `
WITH line AS (
  SELECT (l->>'id')::int AS id, (l->>'year')::int AS year, (l->>'departmentId')::int AS department_id,
    row_number() OVER (PARTITION BY l->>'year', l->>'departmentId' ORDER BY (l->>'id')::int) - 1 AS k,
    count(*) OVER (PARTITION BY l->>'year', l->>'departmentId') AS n
  FROM jsonb_array_elements($2::jsonb) AS l
)
INSERT INTO procurement.funding (tender_id, budget_line_id, amount, currency)
SELECT t.id, line.id, t.value_amount, 'UAH'
FROM procurement.tender t
JOIN line ON line.department_id = t.procuring_entity_id
  AND line.year = extract(year FROM t.date_published AT TIME ZONE 'Europe/Kyiv')::int AND line.k = t.id % line.n
WHERE t.id >= $1`;
