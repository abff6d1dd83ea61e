use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::browse::{BrowseQuery, BrowseResult, FacetKind};
use crate::domain::{Catalogue, pricing::format};
use crate::i18n::{td_string, use_i18n};
use crate::labels;
use crate::state::{tr, use_lang};

/// Filters with live counts: OR within a group, AND across groups. Rows are keyed by value and their
/// counts update in place, so typing in the search box does not rebuild the panel.
#[component]
pub fn FacetPanel(
    catalogue: Arc<Catalogue>,
    query: Memo<BrowseQuery>,
    /// May trail the results: the catalogue page counts for the query in the URL, which catches up with
    /// the search box when typing pauses.
    #[prop(into)]
    result: Signal<BrowseResult>,
    go: Callback<(BrowseQuery, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    // On a phone the panel sits above the results and, open, fills several screens before the first
    // design; there it stays folded behind one button, whose label stays the same while
    // `aria-expanded` (and the chevron the CSS draws from it) tells whether it is open. Beside the
    // results (wide screens) the CSS hides the button and always shows the groups.
    let open = RwSignal::new(false);
    let clear = move |_| {
        let mut q = query.get_untracked();
        q.clear_filters();
        go.run((q, false));
    };
    let groups = FacetKind::ALL
        .into_iter()
        .map(|kind| {
            let catalogue = catalogue.clone();
            let keys = Memo::new(move |_| result.with(|r| r.facet_keys(kind)));
            view! {
                <Show when=move || !keys.read().is_empty()>
                    <fieldset class="facet">
                        <legend>{move || labels::facet(i18n, kind)}</legend>
                        <For
                            each=move || keys.get()
                            key=|k| k.clone()
                            children={
                                let catalogue = catalogue.clone();
                                move |key| view! { <FacetRow kind=kind key=key catalogue=catalogue.clone() query=query result=result go=go /> }
                            }
                        />
                    </fieldset>
                </Show>
            }
        })
        .collect_view();
    view! {
        <aside class="facets" class:open=open aria-labelledby="facets-heading">
            <div class="facets-head">
                <h2 id="facets-heading">{tr(|l| td_string!(l, filters_heading))}</h2>
                <Show when=move || query.read().has_filters()>
                    <button type="button" class="link-button" on:click=clear>
                        {tr(|l| td_string!(l, clear_all))}
                    </button>
                </Show>
                <button
                    type="button"
                    class="button button-quiet facets-toggle"
                    aria-controls="facet-groups"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {tr(|l| td_string!(l, filters_toggle))}
                </button>
            </div>
            <div id="facet-groups" class="facet-groups">{groups}</div>
        </aside>
    }
}

#[component]
fn FacetRow(
    kind: FacetKind,
    key: String,
    catalogue: Arc<Catalogue>,
    query: Memo<BrowseQuery>,
    result: Signal<BrowseResult>,
    go: Callback<(BrowseQuery, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let id = format!("f-{}-{}", kind.param(), key);
    let count = {
        let key = key.clone();
        Memo::new(move |_| result.with(|r| r.facet_count(kind, &key)))
    };
    let checked = {
        let key = key.clone();
        Memo::new(move |_| query.with(|q| q.is_selected(kind, &key)))
    };
    let ruled_out = Memo::new(move |_| count.get() == 0 && !checked.get());
    let name = {
        let key = key.clone();
        move || labels::facet_value(i18n, lang.get(), &catalogue, kind, &key)
    };
    view! {
        <div class="facet-option">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=checked
                // Nothing to add with it, though a ticked one must stay removable.
                prop:disabled=ruled_out
                on:change=move |_| {
                    let mut q = query.get_untracked();
                    q.toggle(kind, &key);
                    go.run((q, false));
                }
            />
            <label for=id>
                <span>{name}</span>
                // Written like the result count ("1.211" in Indonesian), not as a bare integer.
                <span class="facet-count">{move || format::decimal(count.get() as f64, 0, lang.get())}</span>
            </label>
        </div>
    }
}
