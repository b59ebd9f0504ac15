-- The subjects as the office keeps them: who leads a unit, how many people a unit or a
-- household has (NULL: not known), a phone to call, and "archived" for a subject that has
-- a history (tasks, registrations, awards) and so is put away rather than deleted.
ALTER TABLE unit ADD COLUMN head TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN members INTEGER CHECK (members IS NULL OR members >= 0);
ALTER TABLE unit ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

ALTER TABLE person ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

ALTER TABLE household ADD COLUMN members INTEGER CHECK (members IS NULL OR members >= 0);
ALTER TABLE household ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE household ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

