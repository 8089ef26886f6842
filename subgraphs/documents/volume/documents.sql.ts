/**
 * The SQL of the documents generator: documents of every kind over the plan's years, numbered
 * gap-free per journal (kind) and year after what each journal already holds, then resolutions
 * by the department's head with their executors. `random()` is seeded by the caller, so a scale
 * gives the same city each time. $1 from, $2 to, $3 how many.
 */
export const INSERT_DOCUMENTS = `
WITH dep AS (
  SELECT id, code, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM documents.department
), topic AS (
  SELECT t, row_number() OVER () - 1 AS k, count(*) OVER () AS n
  FROM unnest(ARRAY['ремонту покрівлі', 'благоустрою двору', 'освітлення вулиці', 'вивезення сміття',
    'ремонту доріг', 'опалення житлових будинків', 'водопостачання', 'шкільного харчування',
    'медичного обслуговування', 'соціальної допомоги', 'паркування в центрі міста', 'озеленення парків']) AS t
), gen AS (
  SELECT g, $1::timestamptz + ($2::timestamptz - $1::timestamptz) * random() AS at,
    (ARRAY['INCOMING', 'INCOMING', 'INCOMING', 'OUTGOING', 'OUTGOING', 'INTERNAL', 'DECISION',
      'COMMITTEE_DECISION', 'ORDER'])[1 + floor(random() * 9)::int] AS kind,
    floor(random() * 1000000)::int AS pick, random() AS r
  FROM generate_series(1, $3::int) AS g
), placed AS (
  SELECT gen.*, dep.id AS department_id, dep.code, topic.t AS topic,
    extract(year FROM gen.at AT TIME ZONE 'Europe/Kyiv')::int AS year
  FROM gen JOIN dep ON dep.k = gen.pick % dep.n JOIN topic ON topic.k = (gen.pick / 7) % topic.n
), numbered AS (
  SELECT placed.*, coalesce(c.last_number, 0)
    + row_number() OVER (PARTITION BY placed.kind, placed.year ORDER BY placed.at, placed.g) AS seq,
    placed.code || '-' || (1 + placed.pick % 9) AS file_index
  FROM placed LEFT JOIN documents.journal_counter c ON c.kind = placed.kind AND c.year = placed.year
)
INSERT INTO documents.document (kind, registration_year, registration_seq, file_index, registration_number,
  registered_at, title, summary, correspondent, department_id, access_level, status)
SELECT kind, year, seq, file_index, seq || '/' || file_index, at,
  CASE kind
    WHEN 'INCOMING' THEN 'Лист щодо ' || topic
    WHEN 'OUTGOING' THEN 'Відповідь щодо ' || topic
    WHEN 'INTERNAL' THEN 'Службова записка щодо ' || topic
    WHEN 'DECISION' THEN 'Про затвердження міської програми ' || topic
    WHEN 'COMMITTEE_DECISION' THEN 'Про організацію ' || topic
    ELSE 'Про робочу групу з питань ' || topic
  END,
  'Документ № ' || seq || ' за ' || year || ' рік щодо ' || topic || '.',
  CASE WHEN kind IN ('INCOMING', 'OUTGOING')
    THEN (ARRAY['ТОВ «Житомирводоканал»', 'ОСББ «Затишок»', 'Житомирська обласна військова адміністрація',
      'КП «Житомирзеленбуд»', 'Головне управління ДПС'])[1 + pick % 5] END,
  department_id,
  CASE WHEN kind IN ('DECISION', 'COMMITTEE_DECISION', 'ORDER') THEN 'PUBLIC'
    WHEN kind = 'INTERNAL' AND r < 0.1 THEN 'RESTRICTED' ELSE 'INTERNAL' END,
  CASE WHEN at < $2::timestamptz - interval '60 days' THEN CASE WHEN r < 0.9 THEN 'DONE' ELSE 'IN_WORK' END
    WHEN r < 0.5 THEN 'IN_WORK' ELSE 'REGISTERED' END
FROM numbered`;

/** Each journal's counter moved to its highest number, so the API numbers on from there. */
export const ADVANCE_JOURNALS = `
INSERT INTO documents.journal_counter (kind, year, last_number)
SELECT kind, registration_year, max(registration_seq) FROM documents.document GROUP BY 1, 2
ON CONFLICT (kind, year) DO UPDATE SET last_number = GREATEST(documents.journal_counter.last_number, EXCLUDED.last_number)`;

/**
 * Resolutions on six in ten new incoming, internal and decision documents, by the department's
 * head: done (some after their due date) when their term is long past, else open or reported.
 * $1 the first new document id, $2 now.
 */
export const INSERT_RESOLUTIONS = `
WITH picked AS (
  SELECT d.id, d.registered_at, dep.head_id, random() AS r,
    (d.registered_at AT TIME ZONE 'Europe/Kyiv')::date + 5 + floor(random() * 25)::int AS due
  FROM documents.document d JOIN documents.department dep ON dep.id = d.department_id
  WHERE d.id >= $1 AND d.kind IN ('INCOMING', 'INTERNAL', 'DECISION') AND dep.head_id IS NOT NULL AND random() < 0.6
), decided AS (
  SELECT picked.*, CASE WHEN due < ($2::timestamptz AT TIME ZONE 'Europe/Kyiv')::date - 5
    THEN 'DONE' WHEN r < 0.7 THEN 'OPEN' ELSE 'REPORTED' END AS status,
    (due + (floor(r * 8)::int - 6))::timestamp AT TIME ZONE 'Europe/Kyiv' + interval '15 hours' AS completed
  FROM picked
)
INSERT INTO documents.resolution (document_id, text, due_date, on_control, status, author_id, created_at,
  completed_at, report, accepted_at)
SELECT id, 'Розглянути та підготувати відповідь у встановлений строк', due, r < 0.5, status, head_id,
  registered_at + interval '2 hours',
  CASE WHEN status <> 'OPEN' THEN LEAST(completed, $2::timestamptz) END,
  CASE WHEN status <> 'OPEN' THEN 'Виконано, відповідь надіслано' END,
  CASE WHEN status = 'DONE' THEN LEAST(completed + interval '1 day', $2::timestamptz) END
FROM decided`;

/** One executor per new resolution: a member of the department other than its head. $1 the first new resolution id. */
export const INSERT_EXECUTORS = `
INSERT INTO documents.resolution_executor (resolution_id, staff_id, position)
SELECT r.id, s.id, 0
FROM documents.resolution r
JOIN documents.document d ON d.id = r.document_id
JOIN LATERAL (
  SELECT id FROM documents.staff WHERE department_id = d.department_id ORDER BY id = r.author_id, id LIMIT 1
) s ON true
WHERE r.id >= $1`;
