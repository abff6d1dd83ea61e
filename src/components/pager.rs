use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::browse::{BrowseQuery, BrowseResult};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::routes;
use crate::state::tr;

#[component]
pub fn Pager(query: Memo<BrowseQuery>, result: Memo<BrowseResult>) -> impl IntoView {
    let i18n = use_i18n();
    let href = move |page: usize| {
        let mut q = query.get();
        q.page = page;
        routes::catalogue(&q)
    };
    view! {
        <Show when=move || { result.read().pages > 1 }>
            <nav class="pager" aria-label=tr(|l| td_string!(l, pager_label))>
                <Show when=move || { result.read().page > 1 }>
                    <A href=move || routes::localized(href(result.read().page - 1)) attr:rel="prev">{tr(|l| td_string!(l, pager_prev))}</A>
                </Show>
                <span>
                    {move || {
                        let r = result.read();
                        t_string!(i18n, pager_status, page = r.page, pages = r.pages).to_string()
                    }}
                </span>
                <Show when=move || { let r = result.read(); r.page < r.pages }>
                    <A href=move || routes::localized(href(result.read().page + 1)) attr:rel="next">{tr(|l| td_string!(l, pager_next))}</A>
                </Show>
            </nav>
        </Show>
    }
}
