-- Guest sessions and raised hands for the guest flow of `lkctl serve`.
-- Keep in step with the other backend's 0006_guest.sql.

-- A guest admitted from a lobby entry gets a session (cookie or bearer `lkg_…`); only the
-- SHA-256 of its secret is kept. A kick or a ban revokes it (revoked_at).
CREATE TABLE guest_sessions (
    id              TEXT PRIMARY KEY NOT NULL,
    token_hash      TEXT NOT NULL UNIQUE,
    csrf_token      TEXT NOT NULL,
    room            TEXT NOT NULL,
    entry_id        TEXT NOT NULL,
    identity        TEXT NOT NULL,
    display_name    TEXT NOT NULL,
    fingerprint     TEXT NOT NULL,
    session_id      TEXT,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    revoked_at      INTEGER,
    revoked_reason  TEXT
);
CREATE INDEX guest_sessions_identity ON guest_sessions (room, identity);
CREATE INDEX guest_sessions_entry ON guest_sessions (entry_id);

-- Hands raised in webinar rooms, one per (room, identity), until lowered or granted.
CREATE TABLE raised_hands (
    room          TEXT NOT NULL,
    identity      TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    raised_at     INTEGER NOT NULL,
    PRIMARY KEY (room, identity)
);
