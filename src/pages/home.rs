use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{CatalogueGate, DesignCard, PageMeta};
use crate::domain::pricing::format;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::routes;
use crate::state::{tr, use_lang};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <PageMeta
            title=move || t_string!(i18n, home_title).to_string()
            description=move || t_string!(i18n, home_description).to_string()
        />
        <section class="hero">
            <h1>{tr(|l| td_string!(l, home_heading))}</h1>
            <p class="lede">{tr(|l| td_string!(l, home_intro))}</p>
        </section>
        <CatalogueGate children=move |catalogue| {
            let count = catalogue.designs.len();
            let cards = catalogue
                .featured(12)
                .into_iter()
                .map(|d| view! { <DesignCard design=d.clone() catalogue=catalogue.clone() /> })
                .collect_view();
            view! {
                <section class="designs" aria-labelledby="designs-heading">
                    <div class="section-head">
                        <h2 id="designs-heading">{tr(|l| td_string!(l, home_designs_heading))}</h2>
                        <p class="count">{move || t_string!(i18n, home_design_count, count = format::decimal(count as f64, 0, lang.get())).to_string()}</p>
                    </div>
                    <ul class="card-grid">{cards}</ul>
                    <p class="more"><A href=routes::localized(routes::CATALOGUE) attr:class="button">{tr(|l| td_string!(l, home_browse_all))}</A></p>
                </section>
            }
        } />
    }
}
