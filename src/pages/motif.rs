use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::{CatalogueGate, DesignCard, PageMeta, Passage};
use crate::domain::ItemRef;
use crate::domain::insights::Event;
use crate::i18n::td_string;
use crate::pages::NotFoundPage;
use crate::state::{tr, use_insights, use_lang};

/// A motif's story: meaning, history with its sources, and the designs that use it.
#[component]
pub fn MotifPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    view! {
        <CatalogueGate children=move |catalogue| {
            let id = id.get();
            let Some(m) = catalogue.motif(&id).cloned() else {
                return view! { <NotFoundPage /> }.into_any();
            };
            use_insights().record(Event::Viewed(ItemRef::motif(m.id.as_str())));
            let designs: Vec<_> = catalogue.designs_with_motif(&m.id).cloned().collect();
            let (name, meaning, history) = (m.name.clone(), m.meaning.clone(), m.history.clone());
            let title = move || name.get(lang.get()).to_owned();
            let sources = m
                .sources
                .iter()
                .map(|s| view! { <li><cite>{s.title.clone()}</cite>", "{s.publisher.clone()}", "{s.year}</li> })
                .collect_view();
            let cards = designs.into_iter().map(|d| view! { <DesignCard design=d catalogue=catalogue.clone() /> }).collect_view();
            let meaning2 = meaning.clone();
            view! {
                <PageMeta title=title.clone() description=move || meaning2.get(lang.get()).to_owned() />
                <article class="story-page">
                    <p class="eyebrow">{tr(|l| td_string!(l, motif_eyebrow))}</p>
                    <h1>{title}</h1>
                    <div class="story">
                        <h2>{tr(|l| td_string!(l, motif_meaning))}</h2>
                        <Passage text=meaning />
                        <h2>{tr(|l| td_string!(l, motif_history))}</h2>
                        <Passage text=history />
                        <h2>{tr(|l| td_string!(l, motif_sources))}</h2>
                        <ul class="sources">{sources}</ul>
                    </div>
                    <section class="related">
                        <h2>{tr(|l| td_string!(l, motif_designs))}</h2>
                        <ul class="card-grid">{cards}</ul>
                    </section>
                </article>
            }
            .into_any()
        } />
    }
}
