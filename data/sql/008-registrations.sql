-- Registrations (đăng ký thi đua): what a subject pledges to reach, and the catalogue they
-- name brought in line with reference/rules.md.

-- The titles and forms 002 left out of the periods of the Law of 2022: the flags of
-- emulation, the Bằng khen and the collective Giấy khen. Their coefficients under Decrees
-- 98/2023 and 152/2025 are to confirm, so the old ones are shipped as editable defaults,
-- marked as such; the collective Giấy khen is twice the individual one.
INSERT INTO award_kind (code, name, category, subject_kind, level, coefficient,
                        valid_from, valid_to, legal_basis, to_confirm) VALUES
  ('CTDCP', 'Cờ thi đua của Chính phủ', 'title', 'collective', 'state', 12000, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 1),
  ('CTDT', 'Cờ thi đua bộ, ngành, tỉnh', 'title', 'collective', 'province', 8000, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 1),
  ('BKTTG', 'Bằng khen của Thủ tướng Chính phủ', 'form', 'individual', 'state', 3500, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 1),
  ('BKT', 'Bằng khen bộ, ngành, tỉnh', 'form', 'individual', 'province', 1000, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 1),
  ('GKTT', 'Giấy khen của Chủ tịch UBND xã (tập thể)', 'form', 'collective', 'commune', 300, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 1),

  ('CTDCP', 'Cờ thi đua của Chính phủ', 'title', 'collective', 'state', 12000, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('CTDT', 'Cờ thi đua bộ, ngành, tỉnh', 'title', 'collective', 'province', 8000, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('BKTTG', 'Bằng khen của Thủ tướng Chính phủ', 'form', 'individual', 'state', 3500, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('BKT', 'Bằng khen bộ, ngành, tỉnh', 'form', 'individual', 'province', 1000, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('GKTT', 'Giấy khen của Chủ tịch UBND xã (tập thể)', 'form', 'collective', 'commune', 300, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),

  -- The commune's own title under Decree 86/2023; who recognises it since the districts
  -- went is to confirm per province.
  ('XTB', 'Xã, phường, thị trấn tiêu biểu', 'title', 'commune', 'province', NULL, '2024-01-30', '', 'Nghị định 86/2023/NĐ-CP', 1);

-- What a registration pledges to reach (chỉ tiêu đăng ký), which scoring checks later: a
-- number (a rate, an income) or a commitment that is met or not.
CREATE TABLE registration_target (
  id              INTEGER PRIMARY KEY,
  registration_id INTEGER NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
  kind            TEXT NOT NULL DEFAULT 'pass' CHECK (kind IN ('number', 'pass')),
  target_value    REAL,
  unit            TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  CHECK (kind = 'number' OR target_value IS NULL)
);
CREATE INDEX registration_target_registration ON registration_target (registration_id, position);

-- A subject registers a title once a year. No version wrote registrations before this one,
-- but a file edited by hand might hold the same twice: the first is kept.
DELETE FROM registration WHERE id NOT IN (
  SELECT min(id) FROM registration
  GROUP BY year, award_kind_id, coalesce (unit_id, 0), coalesce (person_id, 0),
           coalesce (household_id, 0));
CREATE UNIQUE INDEX registration_subject ON registration (
  year, award_kind_id, coalesce (unit_id, 0), coalesce (person_id, 0), coalesce (household_id, 0));

-- Who has not registered yet, and the cascades when a subject goes, without a full scan.
CREATE INDEX registration_unit ON registration (unit_id, year);
CREATE INDEX registration_person ON registration (person_id, year);
CREATE INDEX registration_household ON registration (household_id, year);
