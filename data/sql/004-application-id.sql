-- Marks the file as ours, so that another program's database is never taken for one
-- ("TdKT" = 0x54644B54).
PRAGMA application_id = 1415859028;
