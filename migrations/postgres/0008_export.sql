-- Lecture artifacts, transcript search and export runs (issue 12).
-- Keep in step with ../sqlite/0008_export.sql.

-- Transcript segments keep what the model (`lecture::TranscriptSegment`) has.
ALTER TABLE transcript_segments ADD COLUMN speaker_name TEXT;
ALTER TABLE transcript_segments ADD COLUMN track_id TEXT;
CREATE INDEX transcript_segments_sid ON transcript_segments (room_sid, start_ms);
CREATE INDEX transcript_segments_arrival ON transcript_segments (room, created_at, id);
CREATE INDEX summaries_sid ON summaries (room_sid, created_at);

-- Room sessions (a LiveKit room sid): started and finished from room webhooks, or first
-- seen through a participant or a transcript segment. One artifact set per finished row.
CREATE TABLE room_sessions (
    room_sid    TEXT PRIMARY KEY NOT NULL,
    room        TEXT NOT NULL,
    started_at  BIGINT NOT NULL,
    ended_at    BIGINT,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX room_sessions_started ON room_sessions (started_at);
CREATE INDEX room_sessions_room ON room_sessions (room, started_at);

-- Sessions already known from participant sessions; those everyone has left count as ended.
INSERT INTO room_sessions (room_sid, room, started_at, ended_at, updated_at)
SELECT room_sid, MIN(room), MIN(joined_at),
       CASE WHEN COUNT(*) = COUNT(left_at) THEN MAX(left_at) END, MIN(joined_at)
FROM participant_sessions WHERE room_sid IS NOT NULL GROUP BY room_sid;

-- Full-text search over transcripts and chat: the 'simple' configuration (no stemming, so
-- any language the users speak, Cyrillic included, matches word for word as on SQLite),
-- with ё folded to е as on SQLite.
ALTER TABLE transcript_segments ADD COLUMN search_tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, translate(text, 'Ёё', 'Ее'))) STORED;
CREATE INDEX transcript_segments_search ON transcript_segments USING GIN (search_tsv);
ALTER TABLE chat_messages ADD COLUMN search_tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, translate(text, 'Ёё', 'Ее'))) STORED;
CREATE INDEX chat_messages_search ON chat_messages USING GIN (search_tsv);

-- The export manifest: one row per (destination, room session, format), which is also the
-- lease two exporters contend for. `artifact_key` is the input hash the file was rendered
-- from; `location` the destination's name for it (path, S3 key, Drive file id).
ALTER TABLE artifacts ADD COLUMN target TEXT NOT NULL DEFAULT '';
ALTER TABLE artifacts ADD COLUMN artifact_key TEXT NOT NULL DEFAULT '';
ALTER TABLE artifacts ADD COLUMN status TEXT NOT NULL DEFAULT 'done';
ALTER TABLE artifacts ADD COLUMN run_id TEXT;
ALTER TABLE artifacts ADD COLUMN lease_owner TEXT;
ALTER TABLE artifacts ADD COLUMN lease_expires_at BIGINT;
ALTER TABLE artifacts ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE artifacts ADD COLUMN last_error TEXT;
ALTER TABLE artifacts ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX artifacts_target_item ON artifacts (target, room_sid, format);
CREATE INDEX artifacts_sid ON artifacts (room_sid);

-- What each run did, per destination.
ALTER TABLE export_runs ADD COLUMN formats TEXT NOT NULL DEFAULT '';
ALTER TABLE export_runs ADD COLUMN skipped BIGINT NOT NULL DEFAULT 0;
ALTER TABLE export_runs ADD COLUMN failed BIGINT NOT NULL DEFAULT 0;
CREATE INDEX export_runs_target ON export_runs (target, started_at);

-- Interrupted uploads a later run continues (a Drive resumable session URI, its size and
-- the SHA-256 of the bytes it was opened for), per destination and artifact key.
CREATE TABLE export_uploads (
    target        TEXT NOT NULL,
    artifact_key  TEXT NOT NULL,
    session       TEXT NOT NULL,
    updated_at    BIGINT NOT NULL,
    PRIMARY KEY (target, artifact_key)
);
