/**
 * Versioned schema. Each migration runs once, in a transaction, and bumps `PRAGMA user_version`.
 * Designed for the whole product: records and their history; lists and what was handed over;
 * response documents, their entries, match decisions (rows, never overwrites) and events.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: records, history, lists, responses, decisions, events */ `
  CREATE TABLE records (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,                 -- the PrisonerRecord as JSON
    name_zh TEXT, name_zh_s TEXT, name_en TEXT, pinyin TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX records_zh_s ON records(name_zh_s);
  CREATE INDEX records_en ON records(name_en);

  CREATE TABLE record_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL REFERENCES records(id),
    at TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('import','response','person','review')),
    ref TEXT NOT NULL,
    before TEXT, after TEXT NOT NULL
  );
  CREATE INDEX record_history_record ON record_history(record_id, seq);

  CREATE TABLE imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file TEXT NOT NULL, sha256 TEXT NOT NULL, at TEXT NOT NULL,
    created INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL
  );

  CREATE TABLE lists (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL, recipient TEXT NOT NULL, date TEXT NOT NULL,
    template TEXT NOT NULL DEFAULT 'bilingual-table',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','issued')),
    created_at TEXT NOT NULL, issued_at TEXT,
    snapshot TEXT                       -- the records as printed, frozen when issued
  );
  CREATE TABLE list_items (
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    record_id TEXT NOT NULL REFERENCES records(id),
    PRIMARY KEY (list_id, record_id)
  );
  CREATE TABLE list_files (
    list_id INTEGER NOT NULL REFERENCES lists(id),
    format TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL, rendered_at TEXT NOT NULL
  );

  CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL, kind TEXT NOT NULL,
    received TEXT, sender TEXT, list_id INTEGER REFERENCES lists(id),
    ingested_at TEXT NOT NULL, text TEXT
  );
  CREATE TABLE entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    name_written TEXT NOT NULL,
    page INTEGER, row INTEGER, paragraph INTEGER,
    text TEXT NOT NULL,
    facts TEXT NOT NULL,                -- extracted facts as JSON
    ocr_confidence REAL
  );
  CREATE TABLE match_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER REFERENCES entries(id),
    record_id TEXT REFERENCES records(id),
    decision TEXT NOT NULL CHECK (decision IN ('auto','review','none','accepted','rejected')),
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL,             -- candidates with their evidence, JSON
    by TEXT NOT NULL, at TEXT NOT NULL,
    replaces INTEGER REFERENCES match_decisions(id)
  );
  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL REFERENCES records(id),
    entry_id INTEGER REFERENCES entries(id),
    type TEXT NOT NULL, date TEXT, precision TEXT, months INTEGER, data TEXT
  );
  CREATE INDEX events_record ON events(record_id);
  `,
  /* 2: the records as printed with each rendered file, so that issuing freezes what was handed over */ `
  ALTER TABLE list_files ADD COLUMN records TEXT;
  `,
  /* 3: shared contract of this round (review, reports, record safety, name index all rely on it):
     soft-deleted records (history keeps everything), merged records redirecting to the one kept,
     and each event tied to the decision that wrote it (so undo removes exactly that decision's events). */ `
  ALTER TABLE records ADD COLUMN deleted_at TEXT;
  CREATE TABLE record_redirects (
    from_id TEXT PRIMARY KEY REFERENCES records(id),
    to_id TEXT NOT NULL REFERENCES records(id),
    at TEXT NOT NULL, by TEXT NOT NULL,
    decision_id INTEGER
  );
  ALTER TABLE events ADD COLUMN decision_id INTEGER REFERENCES match_decisions(id);
  CREATE INDEX events_entry ON events(entry_id);
  CREATE INDEX entries_document ON entries(document_id, seq);
  CREATE INDEX match_decisions_entry ON match_decisions(entry_id, id);
  `,
  /* 4 (record safety): what each history row did, so that deleting, undeleting and restoring are history too.
     Rows written before this migration were creations (no before) or updates. */ `
  ALTER TABLE record_history ADD COLUMN action TEXT CHECK (action IN ('create','update','delete','undelete','restore'));
  UPDATE record_history SET action = CASE WHEN before IS NULL THEN 'create' ELSE 'update' END;
  `,
  /* 5: the review queue. People's decisions are further rows of match_decisions (values below; the table is
     rebuilt because a CHECK constraint cannot be altered). A row says what the person did (action), an optional
     note, which decision an undo retracts (undoes), the second record of a duplicate pair (other_id, pair), a
     batch that is undone as one, and exactly what the decision wrote (writes, JSON) so undo removes exactly that.
     An undo row carries the state it restores in decision/record_id, so "the current decision is the highest id"
     stays true for every reader. Probable duplicate pairs are kept with the history position they were found at. */ `
  CREATE TABLE match_decisions_v4 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id INTEGER REFERENCES entries(id),
    record_id TEXT REFERENCES records(id),
    decision TEXT NOT NULL CHECK (decision IN
      ('auto','review','none','accepted','rejected','no_match','not_person','unsure','merged','distinct')),
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL,
    by TEXT NOT NULL, at TEXT NOT NULL,
    replaces INTEGER REFERENCES match_decisions(id),
    action TEXT,
    note TEXT,
    undoes INTEGER REFERENCES match_decisions(id),
    other_id TEXT REFERENCES records(id),
    pair TEXT,
    batch INTEGER,
    writes TEXT
  );
  INSERT INTO match_decisions_v4 (id, entry_id, record_id, decision, confidence, evidence, by, at, replaces)
    SELECT id, entry_id, record_id, decision, confidence, evidence, by, at, replaces FROM match_decisions;
  DROP TABLE match_decisions;
  ALTER TABLE match_decisions_v4 RENAME TO match_decisions;
  CREATE INDEX match_decisions_entry ON match_decisions(entry_id, id);
  CREATE INDEX match_decisions_pair ON match_decisions(pair, id);
  CREATE INDEX match_decisions_record ON match_decisions(record_id);
  CREATE INDEX match_decisions_by ON match_decisions(by, id);
  CREATE INDEX events_decision ON events(decision_id);
  CREATE TABLE duplicate_pairs (
    a TEXT NOT NULL, b TEXT NOT NULL,
    score REAL NOT NULL, evidence TEXT NOT NULL,
    PRIMARY KEY (a, b)
  );
  CREATE TABLE duplicate_scan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    history_seq INTEGER NOT NULL, at TEXT NOT NULL
  );
  `,
  /* 6: the name index: the matching keys of every live record, so that no command loads every record to match a few
     names. Triggers mark any record written by any path as dirty; the matcher re-keys dirty records before
     it answers (src/pipeline/name-index.ts). name_keys is keyed (key, record_id) for lookups by key; a
     record's old keys are found through name_records.keys, so no second index is needed. */ `
  CREATE TABLE name_keys (
    key TEXT NOT NULL, record_id TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- how the key was made (characters, pinyin, cantonese, ...)
    via TEXT NOT NULL,                  -- the spelling it came from, shown as evidence
    PRIMARY KEY (key, record_id)
  ) WITHOUT ROWID;
  CREATE TABLE name_records (
    record_id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,                 -- of the fields the keys were computed from
    info TEXT NOT NULL,                 -- what scoring needs of the record (JSON)
    keys TEXT NOT NULL                  -- the record's keys (JSON array), to remove them when it changes
  );
  CREATE TABLE name_index_dirty (record_id TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TABLE name_index_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TRIGGER records_name_index_insert AFTER INSERT ON records BEGIN
    INSERT OR IGNORE INTO name_index_dirty (record_id) VALUES (NEW.id);
  END;
  CREATE TRIGGER records_name_index_update AFTER UPDATE OF id, data, deleted_at ON records BEGIN
    INSERT OR IGNORE INTO name_index_dirty (record_id) VALUES (OLD.id);
    INSERT OR IGNORE INTO name_index_dirty (record_id) VALUES (NEW.id);
  END;
  CREATE TRIGGER records_name_index_delete AFTER DELETE ON records BEGIN
    INSERT OR IGNORE INTO name_index_dirty (record_id) VALUES (OLD.id);
  END;
  `,
  /* 7: ingestion of prose: why each clause was given to a person; identical events kept once (a copy points
     at the event it repeats, and takes its place if that one is undone); documents compared by their text. */ `
  ALTER TABLE entries ADD COLUMN why TEXT;
  ALTER TABLE events ADD COLUMN dup_of INTEGER REFERENCES events(id);
  CREATE INDEX events_dup ON events(dup_of);
  ALTER TABLE documents ADD COLUMN content_sha TEXT;
  CREATE INDEX documents_content ON documents(content_sha);
  `,
];
