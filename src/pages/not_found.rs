use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::PageMeta;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::routes;
use crate::state::tr;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, not_found_title).to_string()
            description=move || t_string!(i18n, not_found_body).to_string()
        />
        <section class="page not-found">
            <h1>{tr(|l| td_string!(l, not_found_title))}</h1>
            <p>{tr(|l| td_string!(l, not_found_body))}</p>
            <A href=routes::localized(routes::HOME) attr:class="button">{tr(|l| td_string!(l, not_found_home))}</A>
        </section>
    }
}
