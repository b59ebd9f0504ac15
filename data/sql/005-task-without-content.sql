-- A task just added has no content yet: the editor opens on its empty field, and no
-- placeholder words are stored. The task table is made again without the check that its
-- content is not blank (SQLite drops no CHECK in place); task_unit, which points to it, is
-- kept aside first so that dropping the old table takes no links with it.
CREATE TEMP TABLE task_unit_kept AS SELECT task_id, unit_id FROM task_unit;
DROP TABLE task_unit;

CREATE TABLE task_new (
  id          INTEGER PRIMARY KEY,
  plan_id     INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  position    INTEGER NOT NULL,
  content     TEXT NOT NULL DEFAULT '',
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
INSERT INTO task_new (id, plan_id, quarter, position, content, responsible, start_date,
                      end_date, milestone, status, progress, result_note)
  SELECT id, plan_id, quarter, position, content, responsible, start_date, end_date,
         milestone, status, progress, result_note
  FROM task;
DROP TABLE task;
ALTER TABLE task_new RENAME TO task;
CREATE INDEX task_plan ON task (plan_id, quarter, position);

CREATE TABLE task_unit (
  task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, unit_id)
);
INSERT INTO task_unit (task_id, unit_id) SELECT task_id, unit_id FROM task_unit_kept;
CREATE INDEX task_unit_unit ON task_unit (unit_id);
DROP TABLE task_unit_kept;
