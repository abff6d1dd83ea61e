use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::components::{CatalogueGate, DesignArt, PageMeta};
use crate::domain::{Catalogue, format};
use crate::i18n::{t, t_string, use_i18n};
use crate::labels;
use crate::state::use_lang;

#[component]
pub fn DesignPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    view! {
        <CatalogueGate children=move |catalogue| {
            let id = id();
            view! { <DesignDetail id=id catalogue=catalogue /> }
        } />
    }
}

#[component]
fn DesignDetail(id: String, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Some(design) = catalogue.design(&id).cloned() else {
        return view! {
            <PageMeta
                title=move || t_string!(i18n, design_not_found_title).to_string()
                description=move || t_string!(i18n, design_not_found_title).to_string()
            />
            <section class="page not-found">
                <h1>{t!(i18n, design_not_found_title)}</h1>
                <p>{move || t_string!(i18n, design_not_found_body, id = id.clone()).to_string()}</p>
                <A href="/" attr:class="button">{t!(i18n, design_back)}</A>
            </section>
        }
        .into_any();
    };
    let workshop = catalogue.workshop(&design.workshop).cloned();
    let workshop_name = workshop
        .as_ref()
        .map(|w| w.name.clone())
        .unwrap_or_default();
    let sample = workshop.as_ref().is_some_and(|w| w.sample);
    let motifs: Vec<_> = design
        .motifs
        .iter()
        .filter_map(|m| catalogue.motif(m))
        .cloned()
        .collect();
    let d = design.clone();
    let title = {
        let d = d.clone();
        move || d.name.get(lang.get()).to_owned()
    };
    let description = {
        let d = d.clone();
        let workshop_name = workshop_name.clone();
        move || {
            t_string!(
                i18n,
                design_description,
                form = labels::form(i18n, d.form),
                fineness = d.fineness,
                workshop = workshop_name.clone(),
                weight = format::decimal(d.weight_g, 1, lang.get())
            )
            .to_string()
        }
    };
    let techniques = {
        let d = d.clone();
        move || {
            d.techniques
                .iter()
                .map(|t| labels::technique(i18n, *t))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let motif_names = move || {
        motifs
            .iter()
            .map(|m| m.name.get(lang.get()).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let dims = d.dimensions;
    let fineness = d.fineness;
    let weight = d.weight_g;
    let form = d.form;
    let finish = d.finish;
    let date = d.date.clone();
    view! {
        <PageMeta title=title.clone() description=description />
        <article class="design-page">
            <A href="/" attr:class="back-link">{t!(i18n, design_back)}</A>
            <div class="design-layout">
                <DesignArt design=design.clone() motifs=catalogue.motifs.clone() large=true />
                <div class="design-info">
                    <h1>{title}</h1>
                    <dl class="specs">
                        <dt>{t!(i18n, label_form)}</dt>
                        <dd>{move || labels::form(i18n, form)}</dd>
                        <dt>{t!(i18n, label_workshop)}</dt>
                        <dd>
                            {workshop_name}
                            {sample.then(|| view! { <span class="badge" title=move || t_string!(i18n, sample_note).to_string()>{t!(i18n, sample_badge)}</span> })}
                        </dd>
                        <dt>{t!(i18n, label_motifs)}</dt>
                        <dd>{motif_names}</dd>
                        <dt>{t!(i18n, label_techniques)}</dt>
                        <dd>{techniques}</dd>
                        <dt>{t!(i18n, label_finish)}</dt>
                        <dd>{move || labels::finish(i18n, finish)}</dd>
                        <dt>{t!(i18n, label_fineness)}</dt>
                        <dd>
                            {move || {
                                t_string!(
                                    i18n,
                                    fineness_value,
                                    value = fineness,
                                    percent = format::decimal(f64::from(fineness) / 10.0, 1, lang.get())
                                )
                                .to_string()
                            }}
                        </dd>
                        <dt>{t!(i18n, label_size)}</dt>
                        <dd>
                            {move || {
                                let l = lang.get();
                                t_string!(
                                    i18n,
                                    dimensions_mm,
                                    width = format::decimal(dims.width_mm, 1, l),
                                    height = format::decimal(dims.height_mm, 1, l),
                                    depth = format::decimal(dims.depth_mm, 1, l)
                                )
                                .to_string()
                            }}
                        </dd>
                        <dt>{t!(i18n, label_weight)}</dt>
                        <dd>{move || t_string!(i18n, weight_grams, weight = format::decimal(weight, 1, lang.get())).to_string()}</dd>
                        <dt>{t!(i18n, label_date)}</dt>
                        <dd><time datetime=date.clone()>{date.clone()}</time></dd>
                    </dl>
                </div>
            </div>
        </article>
    }
    .into_any()
}
