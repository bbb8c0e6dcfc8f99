-- Indexes for lookups that had to scan lobby_entries:
-- expiring overdue pending entries across all rooms (a sweeper, `Lobby::expire_pending`),
-- and finding a banned session's admitted guests (`ban add --session`).
CREATE INDEX lobby_entries_status_created ON lobby_entries (status, created_at);
CREATE INDEX lobby_entries_session ON lobby_entries (session_id);
