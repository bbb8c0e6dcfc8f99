//! The emulator's time: the system clock, or a [`ManualClock`] a test moves.
//!
//! Room timeouts, egress steps and injected latency are measured on it. With the system
//! clock a background reaper closes idle rooms and spawned timers move egress jobs on, as
//! the server does. With a [`ManualClock`] (set in [`crate::EmulatorConfig::clock`]) nothing
//! happens by itself: [`crate::Control::advance`] moves the time and, before it returns,
//! closes the rooms and runs the egress steps that became due, so a test sees the result
//! at once and never waits for a timer. (The `lkctl-core` crate has its own clock for its
//! expiry decisions; the emulator uses no lkctl crate.)

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::sync::watch;

/// A clock that stands still until [`crate::Control::advance`] moves it. Clones share the time.
#[derive(Clone)]
pub struct ManualClock {
    ms: Arc<watch::Sender<i64>>,
    /// How many waits (injected latency) are parked on this clock.
    waiting: Arc<watch::Sender<usize>>,
}

impl fmt::Debug for ManualClock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ManualClock")
            .field("unix_ms", &self.now_unix_ms())
            .finish()
    }
}

impl ManualClock {
    /// A clock reading `unix_ms` (milliseconds since the Unix epoch).
    pub fn new(unix_ms: i64) -> Self {
        Self {
            ms: Arc::new(watch::Sender::new(unix_ms)),
            waiting: Arc::new(watch::Sender::new(0)),
        }
    }

    /// A clock reading the wall clock's time now.
    pub fn starting_now() -> Self {
        Self::new(system_unix_ms())
    }

    /// The time, in Unix milliseconds.
    pub fn now_unix_ms(&self) -> i64 {
        *self.ms.borrow()
    }

    /// Sets the time to `unix_ms` if that is later (time never runs back) and wakes the
    /// waits that became due. Tests move the time with [`crate::Control::advance`], which
    /// also does the emulator's timed work.
    pub(crate) fn advance_to(&self, unix_ms: i64) {
        self.ms.send_modify(|ms| *ms = (*ms).max(unix_ms));
    }

    /// How many waits are parked on this clock now.
    pub fn waiting(&self) -> usize {
        *self.waiting.borrow()
    }

    /// Completes once at least `n` waits are parked on this clock (calls held by injected
    /// latency, say), so a test knows they are in flight without guessing how long that takes.
    pub async fn until_waiting(&self, n: usize) {
        let mut rx = self.waiting.subscribe();
        // The sender lives as long as the clock.
        let _ = rx.wait_for(|w| *w >= n).await;
    }

    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        let step = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        let deadline = self.now_unix_ms().saturating_add(step);
        let mut rx = self.ms.subscribe();
        let parked = Parked::new(self.waiting.clone());
        Box::pin(async move {
            let _parked = parked;
            let _ = rx.wait_for(|ms| *ms >= deadline).await;
        })
    }
}

/// Counts one wait on a [`ManualClock`] for as long as it lives.
struct Parked(Arc<watch::Sender<usize>>);

impl Parked {
    fn new(waiting: Arc<watch::Sender<usize>>) -> Self {
        waiting.send_modify(|w| *w += 1);
        Self(waiting)
    }
}

impl Drop for Parked {
    fn drop(&mut self) {
        self.0.send_modify(|w| *w -= 1);
    }
}

/// Where the emulator reads the time.
#[derive(Debug, Clone, Default)]
pub(crate) enum Clock {
    #[default]
    System,
    Manual(ManualClock),
}

impl Clock {
    pub(crate) fn now_unix_ms(&self) -> i64 {
        match self {
            Self::System => system_unix_ms(),
            Self::Manual(c) => c.now_unix_ms(),
        }
    }

    /// Completes once `d` has passed on this clock.
    pub(crate) fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        match self {
            Self::System => Box::pin(tokio::time::sleep(d)),
            Self::Manual(c) => c.sleep(d),
        }
    }

    /// Whether time passes by itself (timers and the reaper run in the background).
    pub(crate) fn runs_by_itself(&self) -> bool {
        matches!(self, Self::System)
    }
}

fn system_unix_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waits_are_counted_and_complete_at_their_deadline() {
        let clock = ManualClock::new(10_000);
        let c = Clock::Manual(clock.clone());
        let mut wait = c.sleep(Duration::from_millis(300));
        assert_eq!(clock.waiting(), 1);
        clock.until_waiting(1).await;
        clock.advance_to(10_299);
        assert!(futures::poll!(&mut wait).is_pending(), "woke early");
        clock.advance_to(10_300);
        clock.advance_to(5_000);
        assert!(futures::poll!(&mut wait).is_ready(), "not woken when due");
        drop(wait);
        assert_eq!(clock.waiting(), 0);
        assert_eq!(c.now_unix_ms(), 10_300);
        assert!(!c.runs_by_itself() && Clock::System.runs_by_itself());
    }
}
