use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::{
    CatalogueGate, DesignCard, EmptyResults, FacetPanel, PageMeta, Pager, SearchBox, SortSelect,
};
use crate::domain::browse::typing::{Commit, Typing};
use crate::domain::browse::{BrowseQuery, BrowseResult};
use crate::domain::{Catalogue, pricing::format};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::platform::net;
use crate::platform::visibility::in_view;
use crate::routes;
use crate::state::{deferred, tr, use_catalogue, use_lang};

/// How much of a result card must be in view for it to answer a keystroke in the same frame; the rest
/// follow a frame later. The top sliver of the next row (a few pixels under the fold) is not worth
/// the layout and paint of a whole card in the frame that answers.
const IN_VIEW: f64 = 0.1;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, catalogue_title).to_string()
            description=move || t_string!(i18n, catalogue_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, catalogue_title))}</h1>
        <CatalogueGate children=move |catalogue| view! { <Browse catalogue=catalogue /> } />
    }
}

#[component]
fn Browse(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_catalogue();
    let browser = state.browser(&catalogue);
    let query_map = use_query_map();
    // The URL is the single source of truth: reload, back/forward and shared links restore it.
    let url_query = Memo::new(move |_| {
        let map = query_map.read();
        BrowseQuery::from_pairs((&*map).into_iter().map(|(k, v)| (k.as_ref(), v)))
    });
    // The typing rhythm is `domain::browse::typing`: results follow every key, the URL is written when
    // typing pauses (writing history on each keystroke cost more than the search itself at 10,000
    // designs, and Chromium throttles bursts of it), and while keys follow each other the changed
    // cards' pictures wait until they stop (see `DesignArt`'s `hold`). This page feeds it and mirrors
    // its state into two signals; one timer serves its deadlines.
    let typing = StoredValue::new(Typing::default());
    let typed = RwSignal::new(None::<String>);
    let query = Memo::new(move |_| typed.with(|t| url_query.get().with_typed(t.as_deref())));
    let hold = RwSignal::new(false);
    // Only a change is set: setting a signal wakes every reader (every card, for `hold`).
    let mirror = move || {
        let (now_typed, now_hold) = typing.with_value(|t| (t.typed().map(str::to_owned), t.hold()));
        if typed.with_untracked(|t| *t != now_typed) {
            typed.set(now_typed);
        }
        if hold.get_untracked() != now_hold {
            hold.set(now_hold);
        }
    };
    // Any change of the URL (our own write, back/forward, a link) makes it the truth again, and is
    // what a design page's way back returns to. (Not the typed query: the URL catches up before a
    // card's link can be followed, since leaving the field commits it.)
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
    // Typing replaces the history entry (one entry per search, not per keystroke); choosing a filter,
    // a sort or a suggestion pushes one, so that Back undoes it. None of them scrolls: a filter ticked
    // far down the panel would otherwise throw the page to the top, away from the box that keeps the
    // focus. (The pager's own `<A>` links do go to the top of the next page.)
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
    let arm = StoredValue::new(None::<Callback<()>>);
    // The one timer, set for the state machine's next deadline; what came due is done when it fires.
    arm.set_value(Some(Callback::new(move |()| {
        if let Some(old) = timer.try_update_value(Option::take).flatten() {
            old.clear();
        }
        let Some(at) = typing.with_value(Typing::next_deadline) else {
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
    on_cleanup(move || {
        if let Some(old) = timer.try_update_value(Option::take).flatten() {
            old.clear();
        }
    });
    // The frame that answers a keystroke shows the count and the cards in view; the cards further down
    // follow one paint later (they were about half of that frame's layout and paint). The facet counts
    // follow the URL, so while someone types they wait for the pause that writes it: counting every
    // hit's values and relaying out the panel on each keystroke was most of the work after its paint,
    // and kept the browser drawing frames into the next keystroke.
    let b = browser.clone();
    let result = Memo::new(move |_| b.browse_page(&query.get()));
    let trailing = deferred(result);
    let b = browser.clone();
    let counted = deferred(url_query);
    let facets = Memo::new(move |_| b.browse(&counted.get()));
    // Suggestions follow one paint later too: they are not the answer, and finding typo corrections
    // and rebuilding the chips is work the answering frame can do without.
    let b = browser.clone();
    let said = deferred(query);
    let suggestions = Memo::new(move |_| b.suggest(&said.read().q));
    let c = catalogue.clone();
    let empty = move || view! { <EmptyResults catalogue=c.clone() query=query go=go /> };
    let has_results = move || result.read().total != 0;
    view! {
        <div class="browse">
            <div class="browse-top">
                <SearchBox query=query suggestions=suggestions go=go on_type=on_type commit=commit />
                <div class="toolbar">
                    <p class="count" role="status" aria-live="polite">
                        // English has a singular (Indonesian says "1 desain" as it says "2 desain").
                        {move || match result.read().total {
                            1 => t_string!(i18n, result_count_one).to_string(),
                            n => t_string!(i18n, result_count, count = format::decimal(n as f64, 0, lang.get())).to_string(),
                        }}
                    </p>
                    <SortSelect query=query go=go />
                </div>
            </div>
            <div class="browse-body">
                <FacetPanel catalogue=catalogue.clone() query=query result=facets go=go />
                <section class="results" aria-label=tr(|l| td_string!(l, results_label))>
                    <Show when=has_results fallback=empty>
                        <ul class="card-grid">
                            // One card per position on the page, keyed by position: a new query swaps
                            // what each card shows instead of tearing cards down and building new ones.
                            <For
                                each=move || 0..result.with(|r| r.items.len())
                                key=|slot| *slot
                                children={
                                    let catalogue = catalogue.clone();
                                    move |slot| {
                                        // The cards in view answer at once, the rest a frame later
                                        // (from the trailing result while it still has this slot).
                                        // A card whose slot is being removed keeps its last design
                                        // until it is gone.
                                        let card = NodeRef::new();
                                        let seen = in_view(card, IN_VIEW);
                                        let doc = Memo::new(move |prev: Option<&usize>| {
                                            let at = |r: &BrowseResult| r.items.get(slot).copied();
                                            let later = if seen.get() { None } else { trailing.with(at) };
                                            later.or_else(|| result.with(at)).or(prev.copied()).unwrap_or_default()
                                        });
                                        let c = catalogue.clone();
                                        let design = Memo::new(move |_| c.designs[doc.get()].clone());
                                        // A card out of view got its text a paint late already,
                                        // so its drawing comes with it rather than a frame later.
                                        let draw_now = Signal::derive(move || !seen.get());
                                        view! { <DesignCard design=design catalogue=catalogue.clone() node_ref=card draw_now=draw_now hold=hold /> }
                                    }
                                }
                            />
                        </ul>
                        <Pager query=query result=result />
                    </Show>
                </section>
            </div>
        </div>
    }
}
