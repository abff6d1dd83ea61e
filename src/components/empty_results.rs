use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Catalogue;
use crate::domain::browse::BrowseQuery;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::state::{tr, use_lang};

/// No results: say so, and offer to loosen each thing that narrowed the search.
#[component]
pub fn EmptyResults(
    catalogue: Arc<Catalogue>,
    query: Memo<BrowseQuery>,
    go: Callback<(BrowseQuery, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let loosen = move || {
        let q = query.get();
        let mut actions = Vec::new();
        if !q.q.trim().is_empty() {
            let label = t_string!(i18n, loosen_query, q = q.q.clone()).to_string();
            actions.push(
                view! {
                    <li>
                        <button type="button" class="chip" on:click=move |_| {
                            let mut q = query.get_untracked();
                            q.q.clear();
                            q.page = 1;
                            go.run((q, false));
                        }>{label}</button>
                    </li>
                }
                .into_any(),
            );
        }
        for (kind, key) in q.active_filters() {
            let name = labels::facet_value(i18n, lang.get(), &catalogue, kind, &key);
            let label = t_string!(i18n, loosen_filter, filter = name).to_string();
            actions.push(
                view! {
                    <li>
                        <button type="button" class="chip" on:click=move |_| {
                            let mut q = query.get_untracked();
                            q.toggle(kind, &key);
                            go.run((q, false));
                        }>{label}</button>
                    </li>
                }
                .into_any(),
            );
        }
        actions
    };
    view! {
        <div class="empty">
            <h2>{tr(|l| td_string!(l, empty_title))}</h2>
            <p>{tr(|l| td_string!(l, empty_body))}</p>
            <ul class="chips">{loosen}</ul>
        </div>
    }
}
