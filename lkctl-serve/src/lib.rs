//! lkctl-serve: the web side of lkctl, the product's HTTP API and web UI over `lkctl-core`.
//!
//! The LiveKit server API emulator that `lkctl dev` and the test suites run is not here: it
//! is the `lkctl-emulator` crate (`lkctl-serve/emulator/`), which this crate does not use.
