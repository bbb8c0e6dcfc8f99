-- Hostile input (issue 14). Keep in step with the other backend's 0009_harden.sql.

-- Webhook deduplication refuses a different body under a seen event id: the digest of the
-- event's content as first received (NULL for deliveries recorded before this version).
ALTER TABLE webhook_deliveries ADD COLUMN body_sha256 TEXT;

-- Lobby tokens are no longer stored: a token is minted when the guest collects it with the
-- claim secret, once. When that happened, and when a ban withdrew the approval first.
ALTER TABLE lobby_entries ADD COLUMN token_collected_at BIGINT;
ALTER TABLE lobby_entries ADD COLUMN revoked_at BIGINT;
-- Tokens stored by earlier versions would be replayable from a copy of the database.
UPDATE lobby_entries SET token = NULL;

-- Pending entries are limited per fingerprint and per client address; the address is kept
-- as the key it is limited under (IPv4, or an IPv6 /64).
ALTER TABLE lobby_entries ADD COLUMN addr_key TEXT;
CREATE INDEX lobby_entries_fingerprint_status ON lobby_entries (fingerprint, status);
CREATE INDEX lobby_entries_addr_status ON lobby_entries (addr_key, status);
