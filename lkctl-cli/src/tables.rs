//! How core's model types look as table rows. JSON always has every field.

use lkctl_core::models::{Check, Participant, ParticipantOutcome, Permission, Room, Track};

use crate::output::Tabular;

/// An empty cell as `-`, so columns stay readable and `awk`-able.
pub(crate) fn or_dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// Long metadata would wreck the table; JSON has it in full.
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        or_dash(s)
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

impl Tabular for Room {
    fn headers() -> Vec<&'static str> {
        vec![
            "name",
            "sid",
            "participants",
            "publishers",
            "max",
            "created",
            "metadata",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.sid.clone(),
            self.num_participants.to_string(),
            self.num_publishers.to_string(),
            if self.max_participants == 0 {
                "-".into()
            } else {
                self.max_participants.to_string()
            },
            self.creation_time.clone(),
            short(&self.metadata, 40),
        ]
    }
}

/// `publish,subscribe,data` style summary of a permission.
pub fn permission_summary(p: Option<&Permission>) -> String {
    let Some(p) = p else { return "-".into() };
    let mut parts = Vec::new();
    if p.can_publish {
        if p.can_publish_sources.is_empty() {
            parts.push("publish".to_string());
        } else {
            parts.push(format!("publish({})", p.can_publish_sources.join("+")));
        }
    }
    if p.can_subscribe {
        parts.push("subscribe".into());
    }
    if p.can_publish_data {
        parts.push("data".into());
    }
    if p.can_update_metadata {
        parts.push("metadata".into());
    }
    if p.hidden {
        parts.push("hidden".into());
    }
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(",")
    }
}

fn tracks_summary(tracks: &[Track]) -> String {
    if tracks.is_empty() {
        return "-".into();
    }
    tracks
        .iter()
        .map(|t| format!("{}{}", t.source, if t.muted { "(muted)" } else { "" }))
        .collect::<Vec<_>>()
        .join(",")
}

impl Tabular for Participant {
    fn headers() -> Vec<&'static str> {
        vec![
            "identity",
            "name",
            "sid",
            "state",
            "kind",
            "joined_at",
            "tracks",
            "permissions",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.identity.clone(),
            or_dash(&self.name),
            self.sid.clone(),
            self.state.clone(),
            self.kind.clone(),
            self.joined_at.clone(),
            tracks_summary(&self.tracks),
            permission_summary(self.permission.as_ref()),
        ]
    }
}

/// What `participant get` shows besides the row: the metadata in full and one
/// row per attribute (JSON has them as fields).
pub fn participant_details(p: &Participant) -> Vec<(String, String)> {
    let mut rows = vec![("metadata".to_string(), or_dash(&p.metadata))];
    rows.extend(
        p.attributes
            .iter()
            .map(|(k, v)| (format!("attribute {k}"), or_dash(v))),
    );
    rows
}

impl Tabular for Track {
    fn headers() -> Vec<&'static str> {
        vec!["sid", "kind", "source", "name", "muted", "mime_type"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.sid.clone(),
            self.kind.clone(),
            self.source.clone(),
            or_dash(&self.name),
            self.muted.to_string(),
            or_dash(&self.mime_type),
        ]
    }
}

impl Tabular for ParticipantOutcome {
    fn headers() -> Vec<&'static str> {
        vec!["identity", "outcome", "tracks_muted", "detail"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.identity.clone(),
            self.outcome.to_string(),
            self.tracks_muted.to_string(),
            or_dash(self.detail.as_deref().unwrap_or_default()),
        ]
    }
}

impl Tabular for Check {
    fn headers() -> Vec<&'static str> {
        vec!["check", "verdict", "detail"]
    }
    fn row(&self) -> Vec<String> {
        vec![self.name.clone(), self.verdict.clone(), self.detail.clone()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permission_summary_lists_rights() {
        let p = Permission {
            can_subscribe: true,
            can_publish: true,
            can_publish_data: false,
            can_publish_sources: vec!["microphone".into()],
            can_update_metadata: false,
            hidden: false,
        };
        assert_eq!(
            permission_summary(Some(&p)),
            "publish(microphone),subscribe"
        );
        assert_eq!(permission_summary(None), "-");
    }

    #[test]
    fn long_metadata_is_shortened() {
        assert_eq!(short(&"x".repeat(50), 10).chars().count(), 10);
        assert_eq!(short("", 10), "-");
    }
}
