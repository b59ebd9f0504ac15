-- Default rules from reference/rules.md: rows, dated, editable in Preferences.
-- Coefficients are in thousandths of the base salary; NULL where the decree is to confirm.

INSERT INTO base_salary (valid_from, amount, source, to_confirm) VALUES
  ('2018-07-01', 1390000, 'Nghị định 72/2018/NĐ-CP', 0),
  ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP', 0),
  ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP', 0),
  ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP', 0),
  ('2026-07-01', 2530000, '', 1);

INSERT INTO award_kind (code, name, category, subject_kind, level, coefficient,
                        valid_from, valid_to, legal_basis, to_confirm) VALUES
  ('CSTDTQ', 'Chiến sĩ thi đua toàn quốc', 'title', 'individual', 'state', 4500, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('CSTDT', 'Chiến sĩ thi đua bộ, ngành, tỉnh', 'title', 'individual', 'province', 3000, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'title', 'individual', 'district', 1000, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('LDTT', 'Lao động tiên tiến', 'title', 'individual', 'commune', 300, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('TTLDXS', 'Tập thể lao động xuất sắc', 'title', 'collective', 'province', 1500, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('TTLDTT', 'Tập thể lao động tiên tiến', 'title', 'collective', 'district', 800, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('CTDCP', 'Cờ thi đua của Chính phủ', 'title', 'collective', 'state', 12000, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('CTDT', 'Cờ thi đua bộ, ngành, tỉnh', 'title', 'collective', 'province', 8000, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('BKTTG', 'Bằng khen của Thủ tướng Chính phủ', 'form', 'individual', 'state', 3500, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('BKT', 'Bằng khen bộ, ngành, tỉnh', 'form', 'individual', 'province', 1000, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('GK', 'Giấy khen của Chủ tịch UBND xã', 'form', 'individual', 'commune', 150, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('GKTT', 'Giấy khen của Chủ tịch UBND xã (tập thể)', 'form', 'collective', 'commune', 300, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('GDVH', 'Gia đình văn hóa', 'title', 'household', 'commune', NULL, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),
  ('TVH', 'Thôn văn hóa', 'title', 'village', 'district', NULL, '2017-07-31', '2023-12-31', 'Nghị định 91/2017/NĐ-CP', 0),

  ('CSTDTQ', 'Chiến sĩ thi đua toàn quốc', 'title', 'individual', 'state', 4500, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 0),
  ('CSTDT', 'Chiến sĩ thi đua bộ, ngành, tỉnh', 'title', 'individual', 'province', 3000, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 0),
  ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'title', 'individual', 'district', 1000, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 0),
  ('LDTT', 'Lao động tiên tiến', 'title', 'individual', 'commune', 300, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 0),
  ('TTLDXS', 'Tập thể lao động xuất sắc', 'title', 'collective', 'province', 1500, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 0),
  ('TTLDTT', 'Tập thể lao động tiên tiến', 'title', 'collective', 'district', 800, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 1),
  ('GK', 'Giấy khen của Chủ tịch UBND xã', 'form', 'individual', 'commune', 150, '2024-01-01', '2025-06-30', 'Nghị định 98/2023/NĐ-CP', 1),
  ('GDVH', 'Gia đình văn hóa', 'title', 'household', 'commune', NULL, '2024-01-30', '2025-06-30', 'Nghị định 86/2023/NĐ-CP', 0),
  ('TVH', 'Thôn, tổ dân phố văn hóa', 'title', 'village', 'district', NULL, '2024-01-30', '2025-06-30', 'Nghị định 86/2023/NĐ-CP', 0),

  ('CSTDTQ', 'Chiến sĩ thi đua toàn quốc', 'title', 'individual', 'state', 4500, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 0),
  ('CSTDT', 'Chiến sĩ thi đua bộ, ngành, tỉnh', 'title', 'individual', 'province', 3000, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 0),
  ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'title', 'individual', 'province', 1000, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('LDTT', 'Lao động tiên tiến', 'title', 'individual', 'commune', 300, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 0),
  ('TTLDXS', 'Tập thể lao động xuất sắc', 'title', 'collective', 'province', 1500, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('TTLDTT', 'Tập thể lao động tiên tiến', 'title', 'collective', 'province', 800, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('GK', 'Giấy khen của Chủ tịch UBND xã', 'form', 'individual', 'commune', 150, '2025-07-01', '', 'Nghị định 152/2025/NĐ-CP', 1),
  ('GDVH', 'Gia đình văn hóa', 'title', 'household', 'commune', NULL, '2025-07-01', '', 'Nghị định 86/2023/NĐ-CP', 0),
  ('TVH', 'Thôn, tổ dân phố văn hóa', 'title', 'village', 'province', NULL, '2025-07-01', '', 'Nghị định 86/2023/NĐ-CP', 1);

INSERT INTO setting (key, value) VALUES
  ('bonus-rounding', 'up'),
  ('bonus-rounding-step', '10000'),
  ('cstdcs-quota-permille', '150');
