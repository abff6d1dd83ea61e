use leptos::prelude::*;

use crate::domain::browse::{BrowseQuery, Sort};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::state::tr;

#[component]
pub fn SortSelect(query: Memo<BrowseQuery>, go: Callback<(BrowseQuery, bool)>) -> impl IntoView {
    let i18n = use_i18n();
    let label = move |s: Sort| {
        match s {
            Sort::Relevance => t_string!(i18n, sort_relevance),
            Sort::Newest => t_string!(i18n, sort_newest),
            Sort::PriceAsc => t_string!(i18n, sort_price_asc),
            Sort::PriceDesc => t_string!(i18n, sort_price_desc),
            Sort::WeightAsc => t_string!(i18n, sort_weight_asc),
            Sort::WeightDesc => t_string!(i18n, sort_weight_desc),
        }
        .to_string()
    };
    let on_change = move |ev| {
        let mut q = query.get_untracked();
        q.sort = Sort::from_key(&event_target_value(&ev)).unwrap_or_default();
        q.page = 1;
        go.run((q, false));
    };
    view! {
        <div class="sort">
            <label for="sort-select">{tr(|l| td_string!(l, sort_label))}</label>
            <select id="sort-select" on:change=on_change>
                {Sort::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option value=s.key() selected=move || query.read().sort == s>
                                {move || label(s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
