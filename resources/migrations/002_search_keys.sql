-- Renkei schema version 2: folded search keys (see TextFolding), filled by the program
-- right after these statements, so that search-as-you-type does not fold every row.
ALTER TABLE person ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
