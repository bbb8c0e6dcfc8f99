//! One module per noun; every operation lkctl performs lives here.

pub mod doctor;
pub mod moderation;
pub mod participants;
pub mod profiles;
pub mod rooms;
pub mod bans;
pub mod chat;
pub mod files;
pub mod history;
pub mod lobby;
pub mod policy;
pub mod dispatch;
pub mod egress;
pub mod ingress;
pub mod recordings;
pub mod request_file;
pub mod sip;
