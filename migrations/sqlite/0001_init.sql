-- lkctl schema v1 (SQLite). Keep in step with ../postgres/0001_init.sql.
-- Timestamps are Unix milliseconds (UTC) in INTEGER columns; ids are prefixed random strings.

CREATE TABLE room_policies (
    room         TEXT PRIMARY KEY NOT NULL,
    hosts        TEXT NOT NULL DEFAULT '[]',          -- JSON array of identities
    pin_hash     TEXT,                                -- argon2 PHC string, never the PIN
    lobby        BOOLEAN NOT NULL DEFAULT 0,
    webinar      BOOLEAN NOT NULL DEFAULT 0,
    max_guests   INTEGER,
    invite_code  TEXT UNIQUE,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

-- Fixed one-minute window per (room, client address), updated by one atomic upsert.
CREATE TABLE pin_attempts (
    room          TEXT NOT NULL,
    client_addr   TEXT NOT NULL,
    window_start  INTEGER NOT NULL,
    attempts      INTEGER NOT NULL,
    PRIMARY KEY (room, client_addr)
);

CREATE TABLE lobby_entries (
    id               TEXT PRIMARY KEY NOT NULL,
    room             TEXT NOT NULL,
    display_name     TEXT NOT NULL,
    fingerprint      TEXT NOT NULL,
    session_id       TEXT,
    ip               TEXT,
    identity         TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending','approved','rejected','expired','admitted')),
    reason           TEXT,
    decided_by       TEXT,
    decided_at       INTEGER,
    token            TEXT,
    token_expires_at INTEGER,
    created_at       INTEGER NOT NULL
);
CREATE INDEX lobby_entries_room_status ON lobby_entries (room, status, created_at);
CREATE INDEX lobby_entries_identity ON lobby_entries (room, identity);
CREATE INDEX lobby_entries_fingerprint ON lobby_entries (fingerprint);

CREATE TABLE bans (
    id             TEXT PRIMARY KEY NOT NULL,
    room_key       TEXT NOT NULL,                     -- room name, or '*' for a global ban
    subject_kind   TEXT NOT NULL CHECK (subject_kind IN ('fingerprint','session','identity')),
    subject        TEXT NOT NULL,
    ip             TEXT,
    reason         TEXT,
    created_by     TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER,
    lifted_at      INTEGER
);
-- At most one unlifted ban per subject and scope; expired bans are lifted before a new insert.
CREATE UNIQUE INDEX bans_one_active ON bans (room_key, subject_kind, subject) WHERE lifted_at IS NULL;

CREATE TABLE webhook_deliveries (
    event_id     TEXT PRIMARY KEY NOT NULL,
    event        TEXT NOT NULL,
    room         TEXT,
    received_at  INTEGER NOT NULL
);

CREATE TABLE participant_sessions (
    id               TEXT PRIMARY KEY NOT NULL,
    room             TEXT NOT NULL,
    room_sid         TEXT,
    identity         TEXT NOT NULL,
    participant_sid  TEXT,
    name             TEXT,
    joined_at        INTEGER NOT NULL,
    left_at          INTEGER,
    duration_ms      INTEGER
);
CREATE INDEX participant_sessions_room ON participant_sessions (room, joined_at);
CREATE INDEX participant_sessions_joined ON participant_sessions (joined_at);
CREATE INDEX participant_sessions_open ON participant_sessions (room, identity, left_at);

CREATE TABLE chat_messages (
    id        TEXT PRIMARY KEY NOT NULL,
    room      TEXT NOT NULL,
    identity  TEXT NOT NULL,
    text      TEXT NOT NULL,
    sent_at   INTEGER NOT NULL
);
CREATE INDEX chat_messages_room ON chat_messages (room, sent_at);

CREATE TABLE shared_files (
    id            TEXT PRIMARY KEY NOT NULL,
    room          TEXT NOT NULL,
    name          TEXT NOT NULL,
    size          INTEGER NOT NULL,
    content_type  TEXT NOT NULL,
    s3_key        TEXT NOT NULL UNIQUE,
    uploader      TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX shared_files_room ON shared_files (room, created_at);

CREATE TABLE transcript_segments (
    id          TEXT PRIMARY KEY NOT NULL,
    room        TEXT NOT NULL,
    room_sid    TEXT,
    speaker     TEXT,
    text        TEXT NOT NULL,
    language    TEXT,
    start_ms    INTEGER NOT NULL,
    end_ms      INTEGER NOT NULL,
    is_final    BOOLEAN NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL
);
CREATE INDEX transcript_segments_room ON transcript_segments (room, room_sid, start_ms);

CREATE TABLE summaries (
    id          TEXT PRIMARY KEY NOT NULL,
    room        TEXT NOT NULL,
    room_sid    TEXT,
    content     TEXT NOT NULL,                       -- summary JSON
    provider    TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX summaries_room ON summaries (room, created_at);

CREATE TABLE artifacts (
    id          TEXT PRIMARY KEY NOT NULL,
    room        TEXT NOT NULL,
    room_sid    TEXT,
    kind        TEXT NOT NULL,                       -- summary, transcript, chat, files, attendance
    format      TEXT NOT NULL,                       -- json, md, pdf, vtt, srt
    location    TEXT NOT NULL,
    size        INTEGER,
    sha256      TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX artifacts_room ON artifacts (room, created_at);

CREATE TABLE export_runs (
    id                TEXT PRIMARY KEY NOT NULL,
    target            TEXT NOT NULL,
    status            TEXT NOT NULL,                 -- running, done, failed
    items             INTEGER NOT NULL DEFAULT 0,
    error             TEXT,
    lease_owner       TEXT,
    lease_expires_at  INTEGER,
    started_at        INTEGER NOT NULL,
    finished_at       INTEGER
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY NOT NULL,
    username       TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL,
    disabled       BOOLEAN NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL
);

CREATE TABLE api_tokens (
    id            TEXT PRIMARY KEY NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,              -- sha256 of the secret
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    expires_at    INTEGER,
    revoked_at    INTEGER
);

CREATE TABLE login_sessions (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL UNIQUE,
    ip          TEXT,
    user_agent  TEXT,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id       TEXT PRIMARY KEY NOT NULL,
    at       INTEGER NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    room     TEXT,
    target   TEXT,
    details  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_room ON audit_log (room, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
