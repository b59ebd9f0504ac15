-- The month of a plan's date may be printed while its day is still blank.
ALTER TABLE plan ADD COLUMN issue_month INTEGER NOT NULL DEFAULT 0
  CHECK (issue_month BETWEEN 0 AND 12);
