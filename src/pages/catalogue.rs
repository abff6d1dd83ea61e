use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_use::use_debounce_fn;

use crate::components::{
    CatalogueGate, DesignCard, EmptyResults, FacetPanel, PageMeta, Pager, SearchBox, SortSelect,
};
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

/// A key this long after the one before comes from someone typing a key at a time (about 20 words a
/// minute), and keys stopped for this long end a hold. Not as short as the 300 ms pause: a first letter
/// typed just as the pause ends would draw pictures whose frames its next key then waits for (measured:
/// `tests/e2e_bench.rs`).
const QUIET_MS: u64 = 600;

/// The URL of the catalogue page showing `q`.
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
    // What is being typed and not yet in the URL. Results follow every keystroke, but the URL is
    // written only when typing pauses or the search is committed: writing history on each keystroke
    // cost more than the search itself at 10,000 designs, and Chromium throttles bursts of it.
    let typed = RwSignal::new(None::<String>);
    let query = Memo::new(move |_| typed.with(|t| url_query.get().with_typed(t.as_deref())));
    // While keys follow each other, the cards' pictures wait until they stop (see `DesignArt`'s `hold`).
    // A key after a quiet draws them one paint later as usual: someone typing a key at a time (a
    // visitor on the kiosk's touch keyboard) would otherwise see every changed card's picture go blank
    // for the length of the pause at each key.
    let hold = RwSignal::new(false);
    let last_key = StoredValue::new(0u64);
    // Only a change is set: setting a signal wakes every card that reads it, changed or not.
    let set_hold = move |on: bool| {
        if hold.get_untracked() != on {
            hold.set(on);
        }
    };
    // The typing is over: the URL holds it, or it came back to what the URL says. The hold is not
    // ended here but once keys have stopped for `QUIET_MS` (see `on_type`): someone typing a key every
    // 300 to 600 ms would otherwise see each changed card's picture come back at the pause and go
    // again at the next key.
    let settle = move || typed.set(None);
    let release_later = use_debounce_fn(move || set_hold(false), QUIET_MS as f64);
    // Any change of the URL (our own write, back/forward, a link) makes it the truth again, and is
    // what a design page's way back returns to. (Not the typed query: the URL catches up before a
    // card's link can be followed, since leaving the field commits it.)
    Effect::watch(
        move || url_query.get(),
        move |q, _, _| {
            settle();
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
        if typed.with_untracked(Option::is_some) {
            let q = query.get_untracked();
            // Typed back to what the URL says (a letter typed and deleted, or only spaces where the
            // URL has no search): the router would write nothing, so the URL's change could not end
            // the typing, and the pictures held for it would stay hidden.
            if q.to_pairs() == url_query.with_untracked(BrowseQuery::to_pairs) {
                settle();
            } else {
                go.run((q, true));
            }
        }
    });
    let commit_later = use_debounce_fn(move || commit.run(()), 300.0);
    let on_type = Callback::new(move |text: String| {
        let now = net::now_ms();
        set_hold(now.saturating_sub(last_key.get_value()) < QUIET_MS);
        last_key.set_value(now);
        typed.set(Some(text));
        commit_later();
        release_later();
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
