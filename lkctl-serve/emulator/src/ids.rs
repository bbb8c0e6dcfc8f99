//! LiveKit-style identifiers: a prefix plus 12 base57 characters (`utils/guid`, LIVEKIT.md §2.6).

use rand::Rng;

const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

pub(crate) const ROOM: &str = "RM_";
pub(crate) const PARTICIPANT: &str = "PA_";
pub(crate) const TRACK: &str = "TR_";
pub(crate) const EVENT: &str = "EV_";

/// Returns `prefix` followed by 12 random base57 characters.
pub(crate) fn new_id(prefix: &str) -> String {
    format!("{prefix}{}", random_base57(12))
}

/// Random base57 text, also used for TURN passwords.
pub(crate) fn random_base57(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_prefix_and_twelve_base57_chars() {
        let id = new_id(ROOM);
        assert!(id.starts_with("RM_"));
        let tail = &id[3..];
        assert_eq!(tail.len(), 12);
        assert!(tail.bytes().all(|b| ALPHABET.contains(&b)));
        assert_ne!(new_id(ROOM), new_id(ROOM));
    }
}
