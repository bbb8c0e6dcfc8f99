-- Finished egress outputs, kept after LiveKit forgets ended jobs (24 h).
-- Filled from egress_ended webhooks and from `lkctl recording list` runs.
CREATE TABLE recordings (
    egress_id     TEXT    NOT NULL,
    location      TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    room_name     TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    size          BIGINT  NOT NULL,
    duration_secs REAL    NOT NULL,
    segment_count BIGINT  NOT NULL,
    status        TEXT    NOT NULL,
    ended_at      TEXT    NOT NULL,
    recorded_at   BIGINT  NOT NULL,
    PRIMARY KEY (egress_id, location, name)
);
CREATE INDEX recordings_room_ended ON recordings (room_name, ended_at);
