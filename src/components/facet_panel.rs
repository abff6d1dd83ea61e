use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Catalogue;
use crate::domain::browse::{BrowseQuery, BrowseResult, FacetKind};
use crate::i18n::{td_string, use_i18n};
use crate::labels;
use crate::state::{tr, use_lang};

/// Filters with live counts: OR within a group, AND across groups.
#[component]
pub fn FacetPanel(
    catalogue: Arc<Catalogue>,
    query: Memo<BrowseQuery>,
    result: Memo<BrowseResult>,
    go: Callback<(BrowseQuery, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let clear = move |_| {
        let mut q = query.get_untracked();
        q.clear_filters();
        go.run((q, false));
    };
    let groups = FacetKind::ALL
        .into_iter()
        .map(|kind| {
            let catalogue = catalogue.clone();
            let values = move || result.with(|r| r.facets.iter().find(|(k, _)| *k == kind).map(|(_, v)| v.clone()).unwrap_or_default());
            view! {
                <Show when=move || !values().is_empty()>
                    <fieldset class="facet">
                        <legend>{move || labels::facet(i18n, kind)}</legend>
                        {
                            let catalogue = catalogue.clone();
                            move || {
                                values()
                                    .into_iter()
                                    .map(|v| {
                                        let id = format!("f-{}-{}", kind.param(), v.key);
                                        let key = v.key.clone();
                                        let name = {
                                            let catalogue = catalogue.clone();
                                            let key = v.key.clone();
                                            move || labels::facet_value(i18n, lang.get(), &catalogue, kind, &key)
                                        };
                                        view! {
                                            <div class="facet-option">
                                                <input
                                                    type="checkbox"
                                                    id=id.clone()
                                                    prop:checked=v.selected
                                                    on:change=move |_| {
                                                        let mut q = query.get_untracked();
                                                        q.toggle(kind, &key);
                                                        go.run((q, false));
                                                    }
                                                />
                                                <label for=id>
                                                    <span>{name}</span>
                                                    <span class="facet-count">{v.count}</span>
                                                </label>
                                            </div>
                                        }
                                    })
                                    .collect_view()
                            }
                        }
                    </fieldset>
                </Show>
            }
        })
        .collect_view();
    view! {
        <aside class="facets" aria-labelledby="facets-heading">
            <div class="facets-head">
                <h2 id="facets-heading">{tr(|l| td_string!(l, filters_heading))}</h2>
                <Show when=move || query.read().has_filters()>
                    <button type="button" class="link-button" on:click=clear>{tr(|l| td_string!(l, clear_all))}</button>
                </Show>
            </div>
            {groups}
        </aside>
    }
}
