-- Scoring (chấm điểm thi đua): the criteria of a year in sets (bộ tiêu chí), each for some
-- kinds of unit and with its classification; the criteria as a tree of any depth with what
-- the official tables print of them; the self and verified scores with who verified them.
--
-- Points are kept in hundredths (2.5 points is 250), so halves and quarters add up exactly.
-- A penalty (điểm trừ) is a criterion whose standard is negative: the most it takes away.

CREATE TABLE criteria_set (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
  position   INTEGER NOT NULL DEFAULT 0,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- The unit kinds (unit.kind) the set scores, comma-separated: "village" or
  -- "school,agency"; '' while none is chosen.
  unit_kinds TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT '',
  UNIQUE (year, name)
);
CREATE INDEX criteria_set_year ON criteria_set (year, position);

-- The classification of a set's totals: a unit is in the highest level whose minimum its
-- total reaches (≥ 90 Xuất sắc, ≥ 70 Khá …); below the lowest, in none.
CREATE TABLE criteria_threshold (
  id         INTEGER PRIMARY KEY,
  set_id     INTEGER NOT NULL REFERENCES criteria_set (id) ON DELETE CASCADE,
  label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
  min_points INTEGER NOT NULL,
  UNIQUE (set_id, min_points)
);

-- Version 1's criterion and score were never written by the application, but a file edited
-- by hand may hold rows: they are kept, in a set of their year, their points made
-- hundredths.
INSERT INTO criteria_set (year, name)
  SELECT DISTINCT year, 'Bộ tiêu chí năm ' || year FROM criterion
  WHERE year BETWEEN 1945 AND 2200;

CREATE TABLE criterion_new (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  set_id      INTEGER NOT NULL REFERENCES criteria_set (id) ON DELETE CASCADE,
  parent_id   INTEGER REFERENCES criterion_new (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  code        TEXT NOT NULL DEFAULT '',
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- The requirement (nội dung, yêu cầu), and the target: "≥ 95" with its unit "%", or a
  -- wording such as "Đạt".
  content     TEXT NOT NULL DEFAULT '',
  target      TEXT NOT NULL DEFAULT '',
  target_unit TEXT NOT NULL DEFAULT '',
  -- The standard (điểm chuẩn) in hundredths as the document states it; NULL for a heading
  -- whose standard is only the sum of its items.
  max_points  INTEGER,
  penalty     INTEGER NOT NULL DEFAULT 0 CHECK (penalty IN (0, 1)),
  -- The department (a unit) that verifies it (phúc tra), when one is named.
  verifier_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  note        TEXT NOT NULL DEFAULT '',
  CHECK (max_points IS NULL OR (penalty = 0 AND max_points >= 0)
         OR (penalty = 1 AND max_points <= 0))
);
INSERT INTO criterion_new (id, year, set_id, parent_id, position, code, name, max_points)
  SELECT c.id, c.year, s.id, c.parent_id, c.position, c.code, c.name, c.max_points * 100
  FROM criterion c JOIN criteria_set s ON s.year = c.year;

CREATE TABLE score_new (
  id              INTEGER PRIMARY KEY,
  criterion_id    INTEGER NOT NULL REFERENCES criterion_new (id) ON DELETE CASCADE,
  unit_id         INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  -- Hundredths, NULL while not given; negative only for a penalty.
  self_points     INTEGER,
  verified_points INTEGER,
  -- Who verified it, when not the criterion's department; and why the verified score
  -- differs from the self score.
  verifier_id     INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  note            TEXT NOT NULL DEFAULT '',
  UNIQUE (criterion_id, unit_id)
);
INSERT INTO score_new (id, criterion_id, unit_id, self_points, verified_points, note)
  SELECT s.id, s.criterion_id, s.unit_id, s.self_points * 100, s.verified_points * 100, s.note
  FROM score s WHERE s.criterion_id IN (SELECT id FROM criterion_new);

DROP TABLE score;
DROP TABLE criterion;
-- Renaming updates the references of score_new and of criterion_new itself.
ALTER TABLE criterion_new RENAME TO criterion;
ALTER TABLE score_new RENAME TO score;
CREATE INDEX criterion_set ON criterion (set_id, parent_id, position);
CREATE INDEX criterion_year ON criterion (year);
CREATE INDEX score_unit ON score (unit_id);

INSERT INTO criteria_threshold (set_id, label, min_points)
  SELECT id, 'Xuất sắc', 9000 FROM criteria_set
  UNION ALL SELECT id, 'Khá', 7000 FROM criteria_set
  UNION ALL SELECT id, 'Trung bình', 5000 FROM criteria_set;

-- A registered target may name the criterion it is scored by, so the sheet shows it there.
ALTER TABLE registration_target ADD COLUMN criterion_id INTEGER
  REFERENCES criterion (id) ON DELETE SET NULL;
CREATE INDEX registration_target_criterion ON registration_target (criterion_id);
