//! [`Clock`]: where core reads the time for expiry decisions.
//!
//! Lobby waits, ban lifetimes, guest token expiry and PIN windows are decided against
//! [`Clock::now`], and the waits a subscription makes between re-reads go through
//! [`Clock::sleep`]. Production uses [`SystemClock`]; tests hand the [`Lkctl`](crate::Lkctl)
//! handle (or a [`Lobby`](crate::ops::lobby::Lobby) / [`Bans`](crate::ops::bans::Bans)) a
//! [`ManualClock`] and make time pass with [`ManualClock::advance`], so expiry is tested by
//! moving the clock, never by waiting for it.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::sync::watch;

use crate::store::Timestamp;

/// A source of the current time, and of waits measured on it.
pub trait Clock: Send + Sync + fmt::Debug {
    /// The current time (millisecond precision).
    fn now(&self) -> Timestamp;

    /// Completes once `d` has passed on this clock.
    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()>;
}

/// The wall clock, with tokio's timer for waits.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }

    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(d))
    }
}

/// The clock production uses: [`SystemClock`], shared.
pub fn system() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

/// A clock that stands still until told to move: for tests and simulations. Clones share
/// the time. Waits ([`Clock::sleep`]) complete when [`ManualClock::advance`] or
/// [`ManualClock::set`] moves the time past their deadline, and not before.
#[derive(Clone)]
pub struct ManualClock {
    ms: Arc<watch::Sender<i64>>,
    /// How many waits are parked on this clock.
    waiting: Arc<watch::Sender<usize>>,
}

impl fmt::Debug for ManualClock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ManualClock")
            .field("now", &self.now())
            .finish()
    }
}

impl ManualClock {
    /// A clock reading `start`.
    pub fn new(start: Timestamp) -> Self {
        Self {
            ms: Arc::new(watch::Sender::new(start.unix_ms())),
            waiting: Arc::new(watch::Sender::new(0)),
        }
    }

    /// A clock reading the wall clock's time now (so rows it stamps sort among real ones).
    pub fn starting_now() -> Self {
        Self::new(Timestamp::now())
    }

    /// Move the time forward by `d` and wake the waits that are due.
    pub fn advance(&self, d: Duration) {
        let step = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        self.ms.send_modify(|ms| *ms = ms.saturating_add(step));
    }

    /// Set the time (forward or back) and wake the waits that are due.
    pub fn set(&self, t: Timestamp) {
        self.ms.send_modify(|ms| *ms = t.unix_ms());
    }

    /// Waits not yet completed: how many tasks are parked on this clock's time.
    pub fn waiting(&self) -> usize {
        *self.waiting.borrow()
    }

    /// Completes once at least `n` waits are parked on this clock, so a test knows the
    /// code under test has reached its wait before it moves the time.
    pub async fn until_waiting(&self, n: usize) {
        let mut rx = self.waiting.subscribe();
        // The sender lives as long as the clock.
        let _ = rx.wait_for(|w| *w >= n).await;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        let ms = *self.ms.borrow();
        Timestamp::from_unix_ms(ms)
            .unwrap_or_else(|| Timestamp::from_unix_ms(0).expect("the Unix epoch is representable"))
    }

    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        let step = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        let deadline = self.ms.borrow().saturating_add(step);
        let mut rx = self.ms.subscribe();
        let parked = Parked::new(self.waiting.clone());
        Box::pin(async move {
            let _parked = parked;
            // `wait_for` checks the current value first, so a wait already due returns at
            // once; the sender lives as long as any clone of the clock.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn manual_waits_complete_when_the_time_passes_their_deadline() {
        let clock = ManualClock::new(Timestamp::from_unix_ms(1_000).unwrap());
        let mut wait = clock.sleep(Duration::from_secs(5));
        assert_eq!(clock.waiting(), 1);
        clock.advance(Duration::from_millis(4_999));
        assert!(futures::poll!(&mut wait).is_pending(), "woke early");
        assert_eq!(clock.now().unix_ms(), 5_999);
        clock.advance(Duration::from_millis(1));
        assert!(
            futures::poll!(&mut wait).is_ready(),
            "not woken at its deadline"
        );
        drop(wait);
        assert_eq!(clock.waiting(), 0);
        // A zero wait is due at once; setting the time back does not wake anything early.
        assert!(futures::poll!(clock.sleep(Duration::ZERO)).is_ready());
        let mut later = clock.sleep(Duration::from_secs(1));
        clock.set(Timestamp::from_unix_ms(0).unwrap());
        assert!(futures::poll!(&mut later).is_pending());
        clock.set(Timestamp::from_unix_ms(7_000).unwrap());
        assert!(futures::poll!(&mut later).is_ready());
    }

    #[test]
    fn clones_share_the_time() {
        let a = ManualClock::new(Timestamp::from_unix_ms(0).unwrap());
        let b = a.clone();
        a.advance(Duration::from_secs(60));
        assert_eq!(b.now().unix_ms(), 60_000);
    }
}
