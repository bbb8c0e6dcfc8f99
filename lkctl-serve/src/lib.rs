//! lkctl-serve: the web side of lkctl.
//!
//! - [`emulator`]: a LiveKit server API emulator (Twirp RoomService, grants, webhooks and a
//!   control API) used by `lkctl dev` and by the test suites.
pub mod emulator;
