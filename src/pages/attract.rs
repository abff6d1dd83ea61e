use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{CatalogueGate, DesignArt, ItemArt, PageMeta, Passage};
use crate::domain::ItemRef;
use crate::domain::{Catalogue, Design, Localized, Motif, TrendReference};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::platform::kiosk as screen;
use crate::routes;
use crate::state::{tr, use_lang};

const ADVANCE: Duration = Duration::from_secs(7);

#[derive(Clone)]
enum Slide {
    Design(Box<Design>),
    /// A curated pair: a village motif beside the trend it could meet, with the note to makers.
    Pair(Box<(Motif, TrendReference, Localized)>),
}

/// The kiosk's welcome: featured designs and current trends in turn, until someone touches the screen.
/// It advances by itself with a pause control; with reduced motion asked for, it starts paused.
#[component]
pub fn AttractPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, attract_title).to_string()
            description=move || t_string!(i18n, attract_description).to_string()
        />
        <CatalogueGate children=move |catalogue| view! { <Carousel catalogue=catalogue /> } />
    }
}

fn slides(catalogue: &Catalogue) -> Vec<Slide> {
    let mut out = Vec::new();
    let mut pairs = catalogue.pairs().into_iter();
    for d in catalogue.featured(6) {
        out.push(Slide::Design(Box::new(d.clone())));
        if let Some(p) = pairs.next() {
            out.push(Slide::Pair(Box::new((
                p.motif.clone(),
                p.trend.clone(),
                p.note.clone(),
            ))));
        }
    }
    out
}

#[component]
fn Carousel(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let slides = slides(&catalogue);
    let total = slides.len().max(1);
    let index = RwSignal::new(0usize);
    let playing = RwSignal::new(!screen::prefers_reduced_motion());
    let handle = set_interval_with_handle(
        move || {
            if playing.get_untracked() {
                index.update(|i| *i = (*i + 1) % total);
            }
        },
        ADVANCE,
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    let cat = StoredValue::new(catalogue.clone());
    let slide_view = move || {
        let i = index.get();
        let n = i + 1;
        let position = move || t_string!(i18n, attract_slide, n = n, total = total).to_string();
        match slides.get(i).cloned() {
            Some(Slide::Design(d)) => {
                let name = d.name.clone();
                let href = routes::design(&d.id);
                view! {
                    <div class="attract-slide" role="group" aria-roledescription="slide" aria-label=position>
                        <DesignArt motif=cat.with_value(|c| c.lead_motif(&d).cloned()) design=*d large=true />
                        <div class="attract-text">
                            <p class="eyebrow">{tr(|l| td_string!(l, attract_featured))}</p>
                            <h2><A href=routes::localized(href)>{move || name.get(lang.get()).to_owned()}</A></h2>
                        </div>
                    </div>
                }
                .into_any()
            }
            Some(Slide::Pair(pair)) => {
                let (m, t, note) = *pair;
                let title = {
                    let (m, t) = (m.clone(), t.clone());
                    move || format!("{} × {}", m.name.get(lang.get()), t.name.get(lang.get()))
                };
                view! {
                    <div class="attract-slide" role="group" aria-roledescription="slide" aria-label=position>
                        <div class="pair-art">
                            <ItemArt catalogue=cat.get_value() target=ItemRef::motif(m.id.clone()) />
                            <ItemArt catalogue=cat.get_value() target=ItemRef::trend(t.id.clone()) />
                        </div>
                        <div class="attract-text">
                            <p class="eyebrow">{tr(|l| td_string!(l, attract_trend))}</p>
                            <h2>{title}</h2>
                            <Passage text=note />
                        </div>
                    </div>
                }
                .into_any()
            }
            None => ().into_any(),
        }
    };
    view! {
        <section class="attract" aria-roledescription="carousel" aria-labelledby="attract-heading">
            <h1 id="attract-heading">{tr(|l| td_string!(l, attract_heading))}</h1>
            <div class="attract-controls">
                <button type="button" class="button button-quiet" on:click=move |_| index.update(|i| *i = (*i + total - 1) % total)>
                    {tr(|l| td_string!(l, attract_previous))}
                </button>
                <button type="button" class="button button-quiet" aria-pressed=move || (!playing.get()).to_string()
                    on:click=move |_| playing.update(|p| *p = !*p)>
                    {move || if playing.get() { t_string!(i18n, attract_pause) } else { t_string!(i18n, attract_play) }}
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| index.update(|i| *i = (*i + 1) % total)>
                    {tr(|l| td_string!(l, attract_next))}
                </button>
            </div>
            // Announced only when paused: a moving carousel must not talk over the visitor.
            <div aria-live=move || if playing.get() { "off" } else { "polite" }>{slide_view}</div>
            <A href=routes::localized(routes::CATALOGUE) attr:class="button attract-start">{tr(|l| td_string!(l, attract_touch))}</A>
        </section>
    }
}
