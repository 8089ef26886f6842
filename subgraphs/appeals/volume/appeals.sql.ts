/**
 * The SQL of the appeals generator: appeals over the plan's years, numbered gap-free per year
 * after what each year already holds, due by the art. 20 term of their category (15 days, or a
 * month), routed to departments and executors (the documents subgraph's facts, $4 as JSON
 * [{ id, staffIds }]). Statuses follow age: long-due appeals are mostly answered and closed (some
 * late, a few still open), recent ones are at every step. Tracking codes use PostgreSQL's
 * random(), which is fine for a benchmark's data and nothing else. $1 from, $2 now, $3 how many.
 */
export const INSERT_APPEALS = `
WITH cat AS (
  SELECT code, term_days, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS n FROM appeals.appeal_category
), dep AS (
  SELECT (d->>'id')::int AS id, ARRAY(SELECT jsonb_array_elements_text(d->'staffIds')::int) AS staff,
    row_number() OVER () - 1 AS k, count(*) OVER () AS n
  FROM jsonb_array_elements($4::jsonb) AS d
), gen AS (
  SELECT g, $1::timestamptz + ($2::timestamptz - $1::timestamptz) * random() AS received_at,
    floor(random() * 1000000)::int AS pick, random() AS r, random() AS late,
    (SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 32)::int, 1)
       || CASE WHEN i IN (4, 8, 12) THEN '-' ELSE '' END, '' ORDER BY i) FROM generate_series(1, 16 + g * 0) AS i) AS code
  FROM generate_series(1, $3::int) AS g
), placed AS (
  SELECT gen.*, cat.code AS category, dep.id AS department_id, dep.staff[1 + gen.pick % cardinality(dep.staff)] AS executor_id,
    extract(year FROM received_at AT TIME ZONE 'Europe/Kyiv')::int AS year,
    CASE cat.term_days WHEN 15 THEN (received_at AT TIME ZONE 'Europe/Kyiv')::date + 15
      ELSE ((received_at AT TIME ZONE 'Europe/Kyiv')::date + interval '1 month')::date END AS due
  FROM gen JOIN cat ON cat.k = gen.pick % cat.n JOIN dep ON dep.k = (gen.pick / 7) % dep.n
), staged AS (
  SELECT placed.*, coalesce(c.last_number, 0)
      + row_number() OVER (PARTITION BY placed.year ORDER BY placed.received_at, placed.g) AS seq,
    CASE WHEN due < ($2::timestamptz AT TIME ZONE 'Europe/Kyiv')::date
      THEN CASE WHEN r < 0.55 THEN 'CLOSED' WHEN r < 0.85 THEN 'ANSWERED' WHEN r < 0.9 THEN 'REJECTED'
        WHEN r < 0.93 THEN 'FORWARDED' ELSE 'IN_PROGRESS' END
      ELSE CASE WHEN r < 0.25 THEN 'REGISTERED' WHEN r < 0.5 THEN 'ASSIGNED' WHEN r < 0.8 THEN 'IN_PROGRESS'
        ELSE 'ANSWERED' END END AS status
  FROM placed LEFT JOIN appeals.registration_counter c ON c.year = placed.year
), dated AS (
  SELECT staged.*, LEAST($2::timestamptz - interval '1 minute',
    received_at + (due::timestamp - (received_at AT TIME ZONE 'Europe/Kyiv')) * (0.3 + late * 0.8)) AS answered
  FROM staged
)
INSERT INTO appeals.appeal (registration_year, registration_seq, registration_number, tracking_code, type, channel,
  category, subject, text, applicant_full_name, applicant_address, applicant_email, applicant_phone, status,
  department_id, executor_id, received_at, due_date, answered_at, answer_text, forwarded_to, rejection_reason,
  rejection_code, version)
SELECT year, seq, 'З-' || seq || '/' || year, code,
  (ARRAY['APPLICATION', 'COMPLAINT', 'PROPOSAL'])[1 + pick % 3],
  CASE WHEN pick % 10 < 6 THEN 'PORTAL' WHEN pick % 10 < 8 THEN 'EMAIL' ELSE 'POST' END,
  category, 'Звернення щодо ' || (ARRAY['ремонту', 'освітлення', 'прибирання', 'опалення', 'транспорту'])[1 + pick % 5],
  'Прошу вжити заходів щодо ' || (ARRAY['ремонту дороги', 'освітлення двору', 'прибирання території',
    'опалення будинку', 'руху громадського транспорту'])[1 + pick % 5] || ' за моєю адресою.',
  (ARRAY['Петренко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Шевченко', 'Мельник', 'Кравченко', 'Олійник'])[1 + pick % 8]
    || ' ' || (ARRAY['Іван', 'Олена', 'Микола', 'Марія', 'Андрій', 'Оксана', 'Сергій'])[1 + (pick / 8) % 7],
  'вул. ' || (ARRAY['Київська', 'Велика Бердичівська', 'Михайлівська', 'Перемоги', 'Чуднівська'])[1 + (pick / 56) % 5]
    || ', ' || (1 + pick % 120) || ', Житомир',
  CASE WHEN pick % 10 < 8 THEN 'citizen' || g || '@example.com' END,
  CASE WHEN pick % 10 >= 6 THEN '+38067' || lpad((pick % 10000000)::text, 7, '0') END,
  status,
  CASE WHEN status <> 'REGISTERED' THEN department_id END,
  CASE WHEN status NOT IN ('REGISTERED', 'FORWARDED', 'REJECTED') THEN executor_id END,
  received_at, due,
  CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN answered END,
  CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN 'Відповідь надано: роботи заплановано.' END,
  CASE WHEN status = 'FORWARDED' THEN 'Житомирська обласна військова адміністрація' END,
  CASE WHEN status = 'REJECTED' THEN 'Звернення не містить відомостей, потрібних для розгляду' END,
  CASE WHEN status = 'REJECTED' THEN 'INCOMPLETE' END,
  CASE status WHEN 'REGISTERED' THEN 1 WHEN 'ASSIGNED' THEN 2 WHEN 'IN_PROGRESS' THEN 3 WHEN 'ANSWERED' THEN 4
    WHEN 'CLOSED' THEN 5 ELSE 2 END
FROM dated`;

/** Each year's counter moved to its highest number, so the API numbers on from there. */
export const ADVANCE_COUNTERS = `
INSERT INTO appeals.registration_counter (year, last_number)
SELECT registration_year, max(registration_seq) FROM appeals.appeal GROUP BY 1
ON CONFLICT (year) DO UPDATE SET last_number = GREATEST(appeals.registration_counter.last_number, EXCLUDED.last_number)`;

/**
 * The timeline of each new appeal ($1 its first id), as the workflow records it: registered,
 * assigned an hour later, in progress an hour after that, then its outcome.
 */
export const INSERT_EVENTS = `
INSERT INTO appeals.appeal_event (appeal_id, status, at, note)
SELECT a.id, e.status, e.at, e.note
FROM appeals.appeal a, LATERAL (VALUES
  (1, 'REGISTERED', a.received_at, 'Звернення зареєстровано за № ' || a.registration_number),
  (2, 'ASSIGNED', a.received_at + interval '1 hour', 'Призначено виконавця'),
  (3, 'IN_PROGRESS', a.received_at + interval '2 hours', 'Розгляд розпочато'),
  (4, 'ANSWERED', a.answered_at, 'Надано відповідь'),
  (5, 'CLOSED', a.answered_at + interval '1 day', 'Звернення закрито'),
  (2, 'FORWARDED', a.received_at + interval '1 day', 'Переслано за належністю'),
  (2, 'REJECTED', a.received_at + interval '1 day', 'Повернуто заявникові')
) AS e(step, status, at, note)
WHERE a.id >= $1 AND e.at IS NOT NULL AND e.at <= $2::timestamptz AND CASE a.status
  WHEN 'FORWARDED' THEN e.status IN ('REGISTERED', 'FORWARDED')
  WHEN 'REJECTED' THEN e.status IN ('REGISTERED', 'REJECTED')
  ELSE e.step <= a.version AND e.status NOT IN ('FORWARDED', 'REJECTED') END
ORDER BY a.id, e.at`;
