-- The transcription worker (`lkctl agent`): the per-room policy switch, workers and their
-- heartbeats, and one lease row per transcribed room session.
-- Keep in step with the other backend's 0007_agent.sql.

-- Transcribe this room (`lkctl room policy set ROOM --transcribe on`).
ALTER TABLE room_policies ADD COLUMN transcribe BOOLEAN NOT NULL DEFAULT FALSE;

-- Running (or lately running) workers; a worker whose heartbeat is older than its lease
-- time is dead to `lkctl agent status`.
CREATE TABLE agent_workers (
    id            TEXT PRIMARY KEY NOT NULL,
    host          TEXT NOT NULL,
    pid           BIGINT NOT NULL,
    concurrency   BIGINT NOT NULL,
    all_rooms     BOOLEAN NOT NULL,
    started_at    BIGINT NOT NULL,
    heartbeat_at  BIGINT NOT NULL,
    stopped_at    BIGINT
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
    lease_expires_at  BIGINT,
    tracks            BIGINT NOT NULL DEFAULT 0,
    segments          BIGINT NOT NULL DEFAULT 0,
    last_audio_at     BIGINT,
    last_segment_at   BIGINT,
    last_error        TEXT,
    last_error_at     BIGINT,
    changed_at        BIGINT NOT NULL,
    created_at        BIGINT NOT NULL,
    finished_at       BIGINT,
    updated_at        BIGINT NOT NULL
);
CREATE INDEX agent_rooms_state ON agent_rooms (state, lease_expires_at);
