//! The catalogue's search session: the URL's query, what is being typed over it, and the hold on the
//! cards' pictures. Its timing rules are `domain::browse::typing` (tested natively with a fake clock);
//! this module feeds that state machine the page's keys, commits and URL changes, mirrors it into
//! signals, and keeps one timer for its next deadline.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::browse::BrowseQuery;
use crate::domain::browse::typing::{Commit, Typing};
use crate::platform::net;
use crate::routes;
use crate::state::use_catalogue;

/// What the catalogue page reads and calls. Results follow every key ([`query`](Self::query)), the
/// URL is written when typing pauses (writing history on each keystroke cost more than the search
/// itself at 10,000 designs, and Chromium throttles bursts of it), and while keys follow each other
/// the changed cards' pictures wait ([`hold`](Self::hold), see `DesignArt`).
#[derive(Clone, Copy)]
pub struct SearchSession {
    /// The URL's query: the single source of truth that reload, back/forward and links restore.
    pub url_query: Memo<BrowseQuery>,
    /// The URL's query with what is being typed over it.
    pub query: Memo<BrowseQuery>,
    /// Whether the URL held more than the catalogue takes (an overlong search, unreadable filter
    /// values), which was left out: the page says so.
    pub link_trimmed: Memo<bool>,
    pub hold: Signal<bool>,
    /// Shows a query: `(query, replace)`. Typing replaces the history entry; a filter, a sort or a
    /// suggestion pushes one, so that Back undoes it.
    pub go: Callback<(BrowseQuery, bool)>,
    /// A key: the field's text.
    pub on_type: Callback<String>,
    /// Enter or leaving the field: the URL should hold the search now.
    pub commit: Callback<()>,
}

impl SearchSession {
    /// For the catalogue page, under the router.
    pub fn start() -> SearchSession {
        let state = use_catalogue();
        let query_map = use_query_map();
        let link = Memo::new(move |_| {
            let map = query_map.read();
            BrowseQuery::from_link((&*map).into_iter().map(|(k, v)| (k.as_ref(), v)))
        });
        let url_query = Memo::new(move |_| link.with(|(q, _)| q.clone()));
        let link_trimmed = Memo::new(move |_| link.with(|(_, trimmed)| *trimmed));
        let typing = StoredValue::new(Typing::default());
        let typed = RwSignal::new(None::<String>);
        let query = Memo::new(move |_| typed.with(|t| url_query.get().with_typed(t.as_deref())));
        let hold = RwSignal::new(false);
        // Only a change is set: setting a signal wakes every reader (every card, for `hold`).
        let mirror = move || {
            let (now_typed, now_hold) =
                typing.with_value(|t| (t.typed().map(str::to_owned), t.hold()));
            if typed.with_untracked(|t| *t != now_typed) {
                typed.set(now_typed);
            }
            if hold.get_untracked() != now_hold {
                hold.set(now_hold);
            }
        };
        // Any change of the URL (our own write, back/forward, a link) makes it the truth again, and
        // is what a design page's way back returns to. (Not the typed query: the URL catches up
        // before a card's link can be followed, since leaving the field commits it.)
        Effect::watch(
            move || url_query.get(),
            move |q, _, _| {
                typing.update_value(Typing::url_changed);
                mirror();
                state.remember_search(routes::catalogue(q));
            },
            true,
        );
        let navigate = use_navigate();
        // None of them scrolls: a filter ticked far down the panel would otherwise throw the page to
        // the top, away from the box that keeps the focus. (The pager's own links do.)
        let go = Callback::new(move |(q, replace): (BrowseQuery, bool)| {
            navigate(
                &routes::catalogue(&q),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
        });
        let commit = Callback::new(move |()| {
            let q = query.get_untracked();
            let same_as_url = q.to_pairs() == url_query.with_untracked(BrowseQuery::to_pairs);
            match typing.try_update_value(|t| t.commit(same_as_url)) {
                Some(Commit::WriteUrl) => go.run((q, true)),
                Some(Commit::Settled) => mirror(),
                _ => {}
            }
        });
        let timer = StoredValue::new(None::<TimeoutHandle>);
        let clear_timer = move || {
            if let Some(old) = timer.try_update_value(Option::take).flatten() {
                old.clear();
            }
        };
        // The one timer, set for the state machine's next deadline; what came due is done when it
        // fires, and the timer is set again for what is left.
        let arm = StoredValue::new(None::<Callback<()>>);
        arm.set_value(Some(Callback::new(move |()| {
            clear_timer();
            let Some(at) = typing.try_with_value(Typing::next_deadline).flatten() else {
                return;
            };
            let wait = Duration::from_millis(at.saturating_sub(net::now_ms()));
            let fire = move || {
                let due = typing.try_update_value(|t| t.advance(net::now_ms()));
                if due.is_some_and(|d| d.pause) {
                    commit.run(());
                }
                mirror();
                if let Some(Some(again)) = arm.try_get_value() {
                    again.run(());
                }
            };
            timer.set_value(set_timeout_with_handle(fire, wait).ok());
        })));
        let on_type = Callback::new(move |text: String| {
            typing.update_value(|t| t.key(text, net::now_ms()));
            mirror();
            if let Some(Some(arm)) = arm.try_get_value() {
                arm.run(());
            }
        });
        // Leaving the page leaves nothing behind to fire.
        on_cleanup(clear_timer);
        SearchSession {
            url_query,
            query,
            link_trimmed,
            hold: hold.into(),
            go,
            on_type,
            commit,
        }
    }
}
