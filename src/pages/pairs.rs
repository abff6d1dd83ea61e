use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::{CatalogueGate, ItemArt, PageMeta, Passage, TrendSources};
use crate::domain::ItemRef;
use crate::domain::studio::compare::{CompareQuery, Mode};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::routes;
use crate::state::{tr, use_lang};

/// The curated pairs: a motif and a trend side by side with the curators' note to makers, each opening
/// the compare studio on that pair.
#[component]
pub fn PairsPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <PageMeta
            title=move || t_string!(i18n, pairs_title).to_string()
            description=move || t_string!(i18n, pairs_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, pairs_title))}</h1>
        <p class="lede">{tr(|l| td_string!(l, pairs_intro))}</p>
        <CatalogueGate children=move |catalogue| {
            let pairs = catalogue
                .pairs()
                .into_iter()
                .map(|p| {
                    let (m, t, note) = (p.motif.clone(), p.trend.clone(), p.note.clone());
                    let href = routes::compare(&CompareQuery {
                        left: Some(ItemRef::motif(m.id.as_str())),
                        right: Some(ItemRef::trend(t.id.as_str())),
                        mode: Mode::Side,
                        ..CompareQuery::default()
                    });
                    let (m2, t2, t3) = (m.clone(), t.clone(), t.clone());
                    let (m3, t4) = (m.clone(), t.clone());
                    let title = move || format!("{} × {}", m.name.get(lang.get()), t.name.get(lang.get()));
                    let title2 = title.clone();
                    view! {
                        <li class="pair">
                            <div class="pair-art">
                                <ItemArt catalogue=catalogue.clone() target=ItemRef::motif(m2.id.clone()) />
                                <ItemArt catalogue=catalogue.clone() target=ItemRef::trend(t2.id.clone()) />
                            </div>
                            <h2>{title}</h2>
                            <Passage text=note />
                            <TrendSources sources=t3.sources.clone() />
                            <p class="actions">
                                <A href=routes::localized(href) attr:class="button">{move || t_string!(i18n, pairs_open, name = title2())}</A>
                                <A href=routes::localized(routes::mixer_from(&ItemRef::sketch(m3.id.as_str(), t4.id.as_str()))) attr:class="button button-quiet">
                                    {tr(|l| td_string!(l, mixer_open))}
                                </A>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="pairs">{pairs}</ul> }
        } />
    }
}
