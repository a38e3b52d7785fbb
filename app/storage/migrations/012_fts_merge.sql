-- Migration 12: full-text merge width
-- Schema 12: the contacts full-text index merges its segments eight at a time instead of four.
-- A sync pull or an import writes a new segment with every transaction; merging four at a time
-- rewrites each entry once more per level. Replaying a pull of 100,000 contacts, the full-text
-- part took a tenth to a quarter less (1.15 s -> 1.03 s, 1.6 s -> 1.15 s in two runs), and
-- 20 prefix searches over the result took the same time either way (145-163 ms).
INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('automerge', 8);
