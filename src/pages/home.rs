use leptos::prelude::*;

use crate::components::{CatalogueGate, DesignCard, PageMeta};
use crate::i18n::{t, t_string, use_i18n};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, home_title).to_string()
            description=move || t_string!(i18n, home_description).to_string()
        />
        <section class="hero">
            <h1>{t!(i18n, home_heading)}</h1>
            <p class="lede">{t!(i18n, home_intro)}</p>
        </section>
        <CatalogueGate children=move |catalogue| {
            let count = catalogue.designs.len();
            let cards = catalogue
                .designs
                .iter()
                .map(|d| view! { <DesignCard design=d.clone() catalogue=catalogue.clone() /> })
                .collect_view();
            view! {
                <section class="designs" aria-labelledby="designs-heading">
                    <div class="section-head">
                        <h2 id="designs-heading">{t!(i18n, home_designs_heading)}</h2>
                        <p class="count">{move || t_string!(i18n, home_design_count, count = count).to_string()}</p>
                    </div>
                    <ul class="card-grid">{cards}</ul>
                </section>
            }
        } />
    }
}
