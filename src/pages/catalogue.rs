use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{
    CatalogueGate, DesignCard, EmptyResults, FacetPanel, PageMeta, Pager, SearchBox, SortSelect,
};
use crate::domain::browse::BrowseResult;
use crate::domain::{Catalogue, pricing::format};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::platform::visibility::in_view;
use crate::state::{SearchSession, deferred, tr, use_catalogue, use_lang};

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
    let SearchSession {
        url_query,
        query,
        link_trimmed,
        hold,
        go,
        on_type,
        commit,
    } = SearchSession::start();
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
                <Show when=move || link_trimmed.get()>
                    <p class="notice" role="status">{tr(|l| td_string!(l, catalogue_link_trimmed))}</p>
                </Show>
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
