use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{CatalogueGate, DesignCard, PageMeta, WorkshopCard};
use crate::i18n::td_string;
use crate::pages::NotFoundPage;
use crate::state::{tr, use_lang};

/// A workshop: its story and contacts, and its designs.
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    view! {
        <CatalogueGate children=move |catalogue| {
            let id = id.get();
            let Some(w) = catalogue.workshop(&id).cloned() else {
                return view! { <NotFoundPage /> }.into_any();
            };
            let cards = catalogue
                .designs_by_workshop(&w.id)
                .cloned()
                .map(|d| view! { <DesignCard design=d catalogue=catalogue.clone() /> })
                .collect_view();
            let name = w.name.clone();
            let story = w.story.clone();
            view! {
                <PageMeta title=move || name.clone() description=move || story.get(lang.get()).to_owned() />
                <article class="story-page">
                    <p class="eyebrow">{tr(|l| td_string!(l, workshop_eyebrow))}</p>
                    <h1>{w.name.clone()}</h1>
                    <WorkshopCard workshop=w.clone() />
                    <section class="related">
                        <h2>{tr(|l| td_string!(l, workshop_designs))}</h2>
                        <ul class="card-grid">{cards}</ul>
                    </section>
                </article>
            }
            .into_any()
        } />
    }
}
