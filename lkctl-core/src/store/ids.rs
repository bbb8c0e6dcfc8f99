//! Identifiers and codes: URL-safe, prefixed, random.
//!
//! Ids look like `LB_7fKp2…`: a two-letter prefix naming the object, `_`, then 22 characters
//! of base57 (no `0`, `O`, `1`, `I`, `l`): about 128 bits from the thread CSPRNG. Invite codes
//! use Crockford base32 without `I`, `L`, `O`, `U` so they can be read aloud and typed.

use rand::Rng;

/// What an id names; decides its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdKind {
    /// Lobby entry, `LB_`.
    LobbyEntry,
    /// Ban, `BN_`.
    Ban,
    /// Participant session, `PS_`.
    Session,
    /// Chat message, `CM_`.
    Chat,
    /// Shared file, `SF_`.
    File,
    /// Transcript segment, `TS_`.
    Segment,
    /// Summary, `SM_`.
    Summary,
    /// Artifact, `AR_`.
    Artifact,
    /// Export run, `EX_`.
    Export,
    /// User, `US_`.
    User,
    /// API token, `AT_`.
    ApiToken,
    /// Login session, `LS_`.
    Login,
    /// Audit row, `AU_`.
    Audit,
    /// Queued job, `JB_`.
    Job,
    /// Guest session, `GS_`.
    GuestSession,
    /// Transcription worker (`lkctl agent run`), `AW_`.
    Worker,
}

impl IdKind {
    /// The prefix, without the underscore.
    pub fn prefix(self) -> &'static str {
        match self {
            Self::LobbyEntry => "LB",
            Self::Ban => "BN",
            Self::Session => "PS",
            Self::Chat => "CM",
            Self::File => "SF",
            Self::Segment => "TS",
            Self::Summary => "SM",
            Self::Artifact => "AR",
            Self::Export => "EX",
            Self::User => "US",
            Self::ApiToken => "AT",
            Self::Login => "LS",
            Self::Audit => "AU",
            Self::Job => "JB",
            Self::GuestSession => "GS",
            Self::Worker => "AW",
        }
    }
}

const BASE57: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Length of the random part of an id.
pub const ID_RANDOM_LEN: usize = 22;
/// Length of an invite code: 50 bits, plenty for a code that only opens a lobby door.
pub const INVITE_CODE_LEN: usize = 10;

fn random_string(alphabet: &[u8], len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from(alphabet[rng.random_range(0..alphabet.len())]))
        .collect()
}

/// A new random id such as `LB_…`.
pub fn new_id(kind: IdKind) -> String {
    format!("{}_{}", kind.prefix(), random_string(BASE57, ID_RANDOM_LEN))
}

/// A new invite code: 10 characters of Crockford base32 (no I, L, O, U).
pub fn invite_code() -> String {
    random_string(CROCKFORD, INVITE_CODE_LEN)
}

/// Normalise a typed invite code: upper-case, drop `-` and spaces, read `I`/`L` as 1 and `O` as 0.
pub fn normalize_invite_code(code: &str) -> String {
    code.chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_prefixed_and_url_safe() {
        let id = new_id(IdKind::LobbyEntry);
        assert!(id.starts_with("LB_"));
        assert_eq!(id.len(), 3 + ID_RANDOM_LEN);
        assert!(id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
        assert_ne!(id, new_id(IdKind::LobbyEntry));
    }

    #[test]
    fn invite_codes_avoid_ambiguous_letters() {
        for _ in 0..100 {
            let code = invite_code();
            assert_eq!(code.len(), INVITE_CODE_LEN);
            assert!(!code.contains(['I', 'L', 'O', 'U']), "{code}");
            assert_eq!(normalize_invite_code(&code), code);
        }
        assert_eq!(normalize_invite_code("abc-de io l"), "ABCDE101");
    }
}
