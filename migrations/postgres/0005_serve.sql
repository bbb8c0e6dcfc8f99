-- Users, API tokens, browser sessions, webhook outcomes and the job queue for `lkctl serve`.
-- Keep in step with the other backend's 0005_serve.sql.

-- The LiveKit identity a user uses as a host (NULL: the user name).
ALTER TABLE users ADD COLUMN identity TEXT;

-- An API token acts with at most this role (never above its owner's current role).
ALTER TABLE api_tokens ADD COLUMN role TEXT NOT NULL DEFAULT 'host';

-- Browser sessions: the synchronizer CSRF token, and the last request for idle expiry.
ALTER TABLE login_sessions ADD COLUMN csrf_token TEXT NOT NULL DEFAULT '';
ALTER TABLE login_sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX login_sessions_user ON login_sessions (user_id);

-- Login attempts in a fixed window per (scope, key): scope `addr` or `user`.
CREATE TABLE login_attempts (
    scope         TEXT NOT NULL,
    key           TEXT NOT NULL,
    window_start  BIGINT NOT NULL,
    attempts      BIGINT NOT NULL,
    PRIMARY KEY (scope, key)
);

-- What the webhook receiver made of each accepted delivery (JSON of the outcome).
ALTER TABLE webhook_deliveries ADD COLUMN outcome TEXT;

-- Work to do after an event, e.g. `room_finished` (transcripts, summaries, artifacts).
-- One row per (kind, dedup_key), so LiveKit's redeliveries enqueue nothing new. Workers
-- lease rows (lease_owner, lease_expires_at) and finish them as done or failed.
CREATE TABLE jobs (
    id                TEXT PRIMARY KEY NOT NULL,
    kind              TEXT NOT NULL,
    dedup_key         TEXT NOT NULL,
    room              TEXT,
    payload           TEXT NOT NULL DEFAULT '{}',
    status            TEXT NOT NULL CHECK (status IN ('pending','running','done','failed')),
    attempts          BIGINT NOT NULL DEFAULT 0,
    lease_owner       TEXT,
    lease_expires_at  BIGINT,
    last_error        TEXT,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    UNIQUE (kind, dedup_key)
);
CREATE INDEX jobs_status ON jobs (status, created_at);
