-- A per-entry secret returned only to the guest who asked; the guest's
-- subscription must present it. Hosts see fingerprints (to ban by them), so a
-- fingerprint must not be what unlocks a guest's token. Only its SHA-256 is kept.
ALTER TABLE lobby_entries ADD COLUMN claim_hash TEXT;
