-- Who signs for the office (the chairman, "Chủ tịch"): a new plan's signature takes the
-- name from here, as its heading takes the office's name and place.
ALTER TABLE office ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
