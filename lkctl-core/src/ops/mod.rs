//! One module per noun; every operation lkctl performs lives here.

pub mod agent;
pub mod bans;
pub mod chat;
pub mod dispatch;
pub mod doctor;
pub mod egress;
pub mod files;
pub mod ingress;
pub mod jobs;
pub mod lobby;
pub mod moderation;
pub mod participants;
pub mod policy;
pub mod profiles;
pub mod recordings;
pub mod rooms;
pub mod session;
pub mod sip;
pub mod users;
pub mod webhook_receiver;
pub mod webhooks;
