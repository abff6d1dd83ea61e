use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::DesignArt;
use crate::domain::price::quote;
use crate::domain::{Catalogue, Design, format};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::state::use_lang;

#[component]
pub fn DesignCard(design: Design, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let workshop = catalogue
        .workshop(&design.workshop)
        .map(|w| w.name.clone())
        .unwrap_or_default();
    let href = format!("/designs/{}", design.id);
    let name = design.name.clone();
    let form = design.form;
    let weight = design.weight_g;
    let price = quote(&catalogue.settings, &design, None, None).map(|p| p.idr);
    view! {
        <li class="card">
            <DesignArt design=design motifs=catalogue.motifs.clone() />
            <div class="card-body">
                <h3 class="card-title">
                    <A href=href>{move || name.get(lang.get()).to_owned()}</A>
                </h3>
                <p class="card-meta">
                    <span class="card-form">{move || labels::form(i18n, form)}</span>
                    <span class="card-weight">
                        {move || t_string!(i18n, weight_grams, weight = format::decimal(weight, 1, lang.get())).to_string()}
                    </span>
                </p>
                <p class="card-price">
                    {move || match price {
                        Some(idr) => format::rupiah(idr, lang.get()),
                        None => t_string!(i18n, price_on_request).to_string(),
                    }}
                </p>
                <p class="card-workshop">{move || t_string!(i18n, card_by, workshop = workshop.clone()).to_string()}</p>
            </div>
        </li>
    }
}
