-- Schema version 1: every table of the design, so later work adds columns, not designs.

CREATE TABLE office (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  parent_body   TEXT NOT NULL DEFAULT '',
  issuing_body  TEXT NOT NULL DEFAULT '',
  place         TEXT NOT NULL DEFAULT '',
  code          TEXT NOT NULL DEFAULT 'UBND'
);
INSERT INTO office (id) VALUES (1);

CREATE TABLE unit (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind      TEXT NOT NULL DEFAULT 'other'
            CHECK (kind IN ('village', 'school', 'cooperative', 'health', 'agency',
                            'department', 'union', 'steering', 'council', 'other')),
  parent_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  note      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX unit_name ON unit (name);

CREATE TABLE person (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  unit_id   INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  position  TEXT NOT NULL DEFAULT '',
  birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
  note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_unit ON person (unit_id);

CREATE TABLE household (
  id        INTEGER PRIMARY KEY,
  head_name TEXT NOT NULL CHECK (length(trim(head_name)) > 0),
  village_id INTEGER REFERENCES unit (id) ON DELETE SET NULL,
  address   TEXT NOT NULL DEFAULT '',
  note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX household_village ON household (village_id);

CREATE TABLE plan (
  id               INTEGER PRIMARY KEY,
  year             INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1945 AND 2200),
  parent_body      TEXT NOT NULL DEFAULT '',
  issuing_body     TEXT NOT NULL DEFAULT '',
  place            TEXT NOT NULL DEFAULT '',
  number           TEXT NOT NULL DEFAULT '',
  symbol           TEXT NOT NULL DEFAULT 'KH-UBND',
  issue_date       TEXT NOT NULL DEFAULT ''
                   CHECK (issue_date = '' OR date(issue_date) = issue_date),
  kind             TEXT NOT NULL DEFAULT 'KẾ HOẠCH',
  title            TEXT NOT NULL DEFAULT '',
  preamble         TEXT NOT NULL DEFAULT '',
  closing          TEXT NOT NULL DEFAULT '',
  signer_capacity  TEXT NOT NULL DEFAULT 'TM. ỦY BAN NHÂN DÂN',
  signer_position  TEXT NOT NULL DEFAULT 'CHỦ TỊCH',
  signer_name      TEXT NOT NULL DEFAULT '',
  recipients       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE section (
  id        INTEGER PRIMARY KEY,
  plan_id   INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES section (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  heading   TEXT NOT NULL DEFAULT '',
  body      TEXT NOT NULL DEFAULT '',
  kind      TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'tasks'))
);
CREATE INDEX section_plan ON section (plan_id, parent_id, position);

CREATE TABLE task (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  position    INTEGER NOT NULL,
  content     TEXT NOT NULL CHECK (length(trim(content)) > 0),
  responsible TEXT NOT NULL DEFAULT '',
  start_date  TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date    TEXT NOT NULL CHECK (date(end_date) = end_date),
  milestone   INTEGER NOT NULL DEFAULT 0 CHECK (milestone IN (0, 1)),
  status      TEXT NOT NULL DEFAULT 'planned'
              CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),
  progress    INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  result_note TEXT NOT NULL DEFAULT '',
  CHECK (end_date >= start_date)
);
CREATE INDEX task_plan ON task (plan_id, quarter, position);

CREATE TABLE task_unit (
  task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX task_unit_unit ON task_unit (unit_id);

CREATE TABLE award_kind (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL,
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  category      TEXT NOT NULL CHECK (category IN ('title', 'form')),
  subject_kind  TEXT NOT NULL
                CHECK (subject_kind IN ('individual', 'collective', 'household', 'village',
                                        'commune')),
  level         TEXT NOT NULL CHECK (level IN ('commune', 'district', 'province', 'state')),
  coefficient   INTEGER CHECK (coefficient IS NULL OR coefficient >= 0),
  valid_from    TEXT NOT NULL DEFAULT '' CHECK (valid_from = '' OR date(valid_from) = valid_from),
  valid_to      TEXT NOT NULL DEFAULT '' CHECK (valid_to = '' OR date(valid_to) = valid_to),
  legal_basis   TEXT NOT NULL DEFAULT '',
  to_confirm    INTEGER NOT NULL DEFAULT 0 CHECK (to_confirm IN (0, 1)),
  UNIQUE (code, valid_from)
);

CREATE TABLE base_salary (
  id         INTEGER PRIMARY KEY,
  valid_from TEXT NOT NULL UNIQUE CHECK (date(valid_from) = valid_from),
  amount     INTEGER NOT NULL CHECK (amount > 0),
  source     TEXT NOT NULL DEFAULT '',
  to_confirm INTEGER NOT NULL DEFAULT 0 CHECK (to_confirm IN (0, 1))
);

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE registration (
  id            INTEGER PRIMARY KEY,
  year          INTEGER NOT NULL,
  award_kind_id INTEGER NOT NULL REFERENCES award_kind (id) ON DELETE RESTRICT,
  unit_id       INTEGER REFERENCES unit (id) ON DELETE CASCADE,
  person_id     INTEGER REFERENCES person (id) ON DELETE CASCADE,
  household_id  INTEGER REFERENCES household (id) ON DELETE CASCADE,
  registered_on TEXT NOT NULL DEFAULT ''
                CHECK (registered_on = '' OR date(registered_on) = registered_on),
  pledge_signed INTEGER NOT NULL DEFAULT 0 CHECK (pledge_signed IN (0, 1)),
  CHECK ((unit_id IS NOT NULL) + (person_id IS NOT NULL) + (household_id IS NOT NULL) = 1)
);
CREATE INDEX registration_year ON registration (year);

CREATE TABLE criterion (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL,
  parent_id  INTEGER REFERENCES criterion (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  code       TEXT NOT NULL DEFAULT '',
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  max_points INTEGER NOT NULL DEFAULT 0 CHECK (max_points >= 0)
);
CREATE INDEX criterion_year ON criterion (year, parent_id, position);

CREATE TABLE score (
  id              INTEGER PRIMARY KEY,
  criterion_id    INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
  unit_id         INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  self_points     INTEGER CHECK (self_points IS NULL OR self_points >= 0),
  verified_points INTEGER CHECK (verified_points IS NULL OR verified_points >= 0),
  note            TEXT NOT NULL DEFAULT '',
  UNIQUE (criterion_id, unit_id)
);
CREATE INDEX score_unit ON score (unit_id);

CREATE TABLE decision (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('QĐ', 'TTr')),
  number     TEXT NOT NULL DEFAULT '',
  symbol     TEXT NOT NULL DEFAULT '',
  issue_date TEXT NOT NULL DEFAULT '' CHECK (issue_date = '' OR date(issue_date) = issue_date),
  signer     TEXT NOT NULL DEFAULT '',
  title      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE award (
  id            INTEGER PRIMARY KEY,
  year          INTEGER NOT NULL,
  award_kind_id INTEGER NOT NULL REFERENCES award_kind (id) ON DELETE RESTRICT,
  unit_id       INTEGER REFERENCES unit (id) ON DELETE CASCADE,
  person_id     INTEGER REFERENCES person (id) ON DELETE CASCADE,
  household_id  INTEGER REFERENCES household (id) ON DELETE CASCADE,
  achievement   TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT 'proposed'
                CHECK (status IN ('proposed', 'approved', 'rejected', 'decided')),
  decision_id   INTEGER REFERENCES decision (id) ON DELETE SET NULL,
  amount        INTEGER CHECK (amount IS NULL OR amount >= 0),
  CHECK ((unit_id IS NOT NULL) + (person_id IS NOT NULL) + (household_id IS NOT NULL) = 1)
);
CREATE INDEX award_year ON award (year, status);
CREATE INDEX award_decision ON award (decision_id);
