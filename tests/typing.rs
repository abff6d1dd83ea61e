//! The catalogue's typing rhythm (domain/browse/typing.rs) driven by a fake clock, as the page drives it
//! with its one timer: the rules the end-to-end tests pin in a browser, checked in microseconds.
#![cfg(not(target_arch = "wasm32"))]

use perak_batankrajan::domain::browse::typing::{Commit, PAUSE_MS, QUIET_MS, Typing};

/// The page around the state machine: its URL's search, and a log of what it did when.
#[derive(Default)]
struct Page {
    typing: Typing,
    now: u64,
    url: String,
    writes: Vec<(u64, String)>,
    settled: Vec<u64>,
}

impl Page {
    /// Lets the clock run to `t`, firing the timer at every deadline on the way, as the page does.
    fn run_to(&mut self, t: u64) {
        while let Some(at) = self.typing.next_deadline().filter(|&at| at <= t) {
            self.now = at;
            if self.typing.advance(at).pause {
                self.commit();
            }
        }
        self.now = t;
    }

    fn key(&mut self, t: u64, text: &str) {
        self.run_to(t);
        self.typing.key(text.to_owned(), t);
    }

    fn commit(&mut self) {
        let typed = self.typing.typed().map(|s| s.trim().to_owned());
        let same = typed.as_deref() == Some(self.url.as_str());
        match self.typing.commit(same) {
            Commit::WriteUrl => {
                let q = typed.unwrap_or_default();
                self.writes.push((self.now, q.clone()));
                self.url = q;
                self.typing.url_changed();
            }
            Commit::Settled => self.settled.push(self.now),
            Commit::Nothing => {}
        }
    }

    fn hold(&self) -> bool {
        self.typing.hold()
    }
}

#[test]
fn the_search_goes_into_the_url_when_typing_pauses() {
    let mut p = Page::default();
    p.key(1_000, "k");
    p.key(1_120, "ka");
    p.key(1_250, "kaw");
    p.run_to(1_250 + PAUSE_MS - 1);
    assert!(p.writes.is_empty(), "not while keys keep coming");
    p.run_to(1_250 + PAUSE_MS);
    assert_eq!(p.writes, [(1_550, "kaw".to_string())]);
    assert_eq!(p.typing.typed(), None, "the URL is the truth again");
}

#[test]
fn keys_one_after_another_hold_the_pictures_until_keys_stop() {
    let mut p = Page::default();
    p.key(1_000, "c");
    assert!(!p.hold(), "a first key after a quiet draws at once");
    p.key(1_150, "ci");
    assert!(p.hold(), "a key soon after the one before holds");
    p.run_to(1_150 + PAUSE_MS);
    assert!(
        p.hold(),
        "the pause writes the URL but does not end the hold"
    );
    p.run_to(1_150 + QUIET_MS);
    assert!(!p.hold(), "keys stopped for the quiet: the pictures come");
}

#[test]
fn a_key_at_a_time_never_holds() {
    let mut p = Page::default();
    for (i, text) in ["s", "su", "sur", "suri", "suria"].iter().enumerate() {
        p.key(1_000 + i as u64 * (QUIET_MS + 50), text);
        assert!(!p.hold(), "{text}");
    }
}

#[test]
fn keys_every_450_ms_write_the_url_at_each_pause_and_keep_the_hold_between_keys() {
    // Someone on a touch keyboard: slower than the pause, faster than the quiet.
    let mut p = Page::default();
    let texts = ["k", "ka", "kaw", "kawu", "kawun", "kawung"];
    for (i, text) in texts.iter().enumerate() {
        p.key(10_000 + i as u64 * 450, text);
        if i > 0 {
            assert!(p.hold(), "{text}: held between keys");
        }
        p.run_to(10_000 + i as u64 * 450 + 449);
        if i > 0 {
            assert!(p.hold(), "{text}: the pause did not release the pictures");
        }
    }
    assert_eq!(p.writes.len(), texts.len(), "the URL follows each pause");
    p.run_to(10_000 + 5 * 450 + QUIET_MS);
    assert!(!p.hold());
}

#[test]
fn typing_back_to_the_urls_search_settles_without_a_write() {
    let mut p = Page {
        url: "cincin".into(),
        ..Page::default()
    };
    p.key(1_000, "cincin k");
    p.key(1_100, "cincin ");
    p.run_to(1_100 + PAUSE_MS);
    assert!(p.writes.is_empty(), "the router would write nothing");
    assert_eq!(p.settled, [1_400]);
    assert_eq!(p.typing.typed(), None, "the typing is over all the same");
}

#[test]
fn enter_commits_at_once_and_the_pause_then_has_nothing_to_do() {
    let mut p = Page::default();
    p.key(1_000, "padma");
    p.commit();
    assert_eq!(p.writes, [(1_000, "padma".to_string())]);
    p.run_to(5_000);
    assert_eq!(p.writes.len(), 1);
    assert!(p.settled.is_empty());
}

#[test]
fn back_or_a_link_ends_the_typing_but_not_the_hold() {
    let mut t = Typing::default();
    t.key("a".into(), 1_000);
    t.key("ab".into(), 1_100);
    t.url_changed();
    assert_eq!(t.typed(), None);
    assert!(t.hold());
    assert!(!t.advance(1_100 + QUIET_MS - 1).quiet);
    assert!(t.advance(1_100 + QUIET_MS).quiet);
    assert!(!t.hold());
    assert_eq!(t.next_deadline(), None, "nothing left to wait for");
}

#[test]
fn the_next_deadline_is_the_pause_then_the_quiet() {
    let mut t = Typing::default();
    assert_eq!(t.next_deadline(), None);
    t.key("x".into(), 0);
    assert_eq!(t.next_deadline(), Some(PAUSE_MS));
    assert!(t.advance(PAUSE_MS).pause);
    assert_eq!(t.next_deadline(), Some(QUIET_MS));
}
