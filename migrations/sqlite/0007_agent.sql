-- The transcription worker (`lkctl agent`): the per-room policy switch, workers and their
-- heartbeats, and one lease row per transcribed room session.
-- Keep in step with the other backend's 0007_agent.sql.

-- Transcribe this room (`lkctl room policy set ROOM --transcribe on`).
ALTER TABLE room_policies ADD COLUMN transcribe BOOLEAN NOT NULL DEFAULT 0;

-- Running (or lately running) workers; a worker whose heartbeat is older than its lease
-- time is dead to `lkctl agent status`.
CREATE TABLE agent_workers (
    id            TEXT PRIMARY KEY NOT NULL,
    host          TEXT NOT NULL,
    pid           INTEGER NOT NULL,
    concurrency   INTEGER NOT NULL,
    all_rooms     BOOLEAN NOT NULL,
    started_at    INTEGER NOT NULL,
    heartbeat_at  INTEGER NOT NULL,
    stopped_at    INTEGER
);

-- Rooms the workers know of. `state`: active (being or to be transcribed), finished
-- (room ended, summary to write), done (summary written), skipped (not eligible).
-- The lease (lease_owner, lease_expires_at) gives a room to exactly one worker; another
-- takes it over once the lease ran out.
CREATE TABLE agent_rooms (
    room              TEXT PRIMARY KEY NOT NULL,
    room_sid          TEXT,
    state             TEXT NOT NULL,
    lease_owner       TEXT,
    lease_expires_at  INTEGER,
    tracks            INTEGER NOT NULL DEFAULT 0,
    segments          INTEGER NOT NULL DEFAULT 0,
    last_audio_at     INTEGER,
    last_segment_at   INTEGER,
    last_error        TEXT,
    last_error_at     INTEGER,
    changed_at        INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    finished_at       INTEGER,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX agent_rooms_state ON agent_rooms (state, lease_expires_at);
