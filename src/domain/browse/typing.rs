//! The rhythm of typing into the catalogue's search, as rules a clock drives: results follow every key,
//! the URL is written when typing pauses, and while keys follow each other the cards' pictures are held
//! until the keys stop. The page feeds it keys, commits and URL changes and arms one timer for
//! [`Typing::next_deadline`]; native tests drive it with a fake clock.

/// Keys stopped this long: the search goes into the URL (one history entry per search, not per key).
pub const PAUSE_MS: u64 = 300;

/// A key this long after the one before comes from someone typing a key at a time (about 20 words a
/// minute), and keys stopped for this long end a hold. Not as short as the pause: a first letter typed
/// just as the pause ends would draw pictures whose frames its next key then waits for (measured:
/// `tests/e2e_bench.rs`).
pub const QUIET_MS: u64 = 600;

/// The search session of the catalogue page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typing {
    /// What is typed and not yet in the URL.
    typed: Option<String>,
    /// Whether changed cards keep their pictures back.
    hold: bool,
    last_key: Option<u64>,
    /// When the URL is written, unless another key comes first.
    pause_at: Option<u64>,
    /// When the hold ends, unless another key comes first.
    quiet_at: Option<u64>,
}

/// What a commit (Enter, leaving the field, the pause) asks of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Commit {
    /// Nothing is being typed.
    Nothing,
    /// Write the typed search into the URL, replacing the history entry; the URL's change then ends
    /// the typing ([`Typing::url_changed`]).
    WriteUrl,
    /// Typed back to what the URL already says (a letter typed and deleted, or only spaces where the
    /// URL has no search): the router would write nothing and no change would end the typing, so it
    /// ends here.
    Settled,
}

/// What came due when the clock moved on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Due {
    /// The pause: commit the typed search.
    pub pause: bool,
    /// The quiet: the hold has ended.
    pub quiet: bool,
}

impl Typing {
    pub fn typed(&self) -> Option<&str> {
        self.typed.as_deref()
    }

    pub fn hold(&self) -> bool {
        self.hold
    }

    /// A key: the field now says `text`. A key that follows the one before within [`QUIET_MS`] holds
    /// the changed cards' pictures; one after a quiet does not, so someone typing a key at a time sees
    /// pictures rather than blanks at every key.
    pub fn key(&mut self, text: String, now: u64) {
        self.hold = self
            .last_key
            .is_some_and(|t| now.saturating_sub(t) < QUIET_MS);
        self.last_key = Some(now);
        self.typed = Some(text);
        self.pause_at = Some(now + PAUSE_MS);
        self.quiet_at = Some(now + QUIET_MS);
    }

    /// Enter, leaving the field, or the pause. `same_as_url`: the typed search gives the URL's own
    /// parameters.
    pub fn commit(&mut self, same_as_url: bool) -> Commit {
        if self.typed.is_none() {
            Commit::Nothing
        } else if same_as_url {
            self.typed = None;
            Commit::Settled
        } else {
            Commit::WriteUrl
        }
    }

    /// The URL changed (the page's own write, back or forward, a link): it is the truth again. The
    /// hold is not ended here but at the quiet: someone typing a key every 300 to 600 ms would
    /// otherwise see each changed card's picture come back at the pause and go at the next key.
    pub fn url_changed(&mut self) {
        self.typed = None;
    }

    /// The earliest time something comes due, for the page's one timer.
    pub fn next_deadline(&self) -> Option<u64> {
        match (self.pause_at, self.quiet_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Moves the clock to `now`: what came due is done here (the hold ends at the quiet) or returned
    /// for the page to do (the pause's commit).
    pub fn advance(&mut self, now: u64) -> Due {
        let mut due = Due::default();
        if self.pause_at.is_some_and(|at| at <= now) {
            self.pause_at = None;
            due.pause = true;
        }
        if self.quiet_at.is_some_and(|at| at <= now) {
            self.quiet_at = None;
            self.hold = false;
            due.quiet = true;
        }
        due
    }
}
