use std::sync::Arc;

use leptos::html::Li;
use leptos::prelude::*;

use crate::components::DesignArt;
use crate::domain::pricing::price::quote;
use crate::domain::{Catalogue, Design, pricing::format};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::routes;
use crate::state::{use_currency, use_lang};

/// A design in a grid of results. `design` may change under a mounted card: the catalogue page keeps
/// one card per position and swaps what it shows, so typing updates text instead of rebuilding cards.
#[component]
pub fn DesignCard(
    #[prop(into)] design: Signal<Design>,
    catalogue: Arc<Catalogue>,
    /// The card's element, for a page that wants to know where it is.
    #[prop(optional)]
    node_ref: NodeRef<Li>,
    /// See `DesignArt`'s `draw_now`.
    #[prop(optional, into)]
    draw_now: Signal<bool>,
    /// See `DesignArt`'s `hold`.
    #[prop(optional, into)]
    hold: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let c = catalogue.clone();
    let workshop = move || {
        design.with(|d| {
            c.workshop(&d.workshop)
                .map(|w| w.name.clone())
                .unwrap_or_default()
        })
    };
    let c = catalogue.clone();
    let price = move || design.with(|d| quote(&c.settings, d, None, None).map(|p| p.idr));
    let rates = catalogue.settings.rates.clone();
    let currency = use_currency();
    let c = catalogue.clone();
    // A memo, so the motif is looked up and cloned once per design shown, not on every read.
    let motif = Memo::new(move |_| design.with(|d| c.lead_motif(d).cloned()));
    view! {
        <li class="card" node_ref=node_ref>
            <DesignArt design=design motif=motif draw_now=draw_now hold=hold />
            <div class="card-body">
                <h3 class="card-title">
                    // A plain link (the router still handles the click): `<A>` watches the location for
                    // `aria-current`, which would make every card react to each change of the URL.
                    <a href=move || design.with(|d| routes::localized(routes::design(&d.id)))>
                        {move || design.with(|d| d.name.get(lang.get()).to_owned())}
                    </a>
                </h3>
                <p class="card-meta">
                    <span class="card-form">{move || labels::form(i18n, design.with(|d| d.form))}</span>
                    <span class="card-weight">
                        {move || {
                            let weight = design.with(|d| d.weight_g);
                            t_string!(i18n, weight_grams, weight = format::decimal(weight, 1, lang.get())).to_string()
                        }}
                    </span>
                </p>
                <p class="card-price">
                    {move || match price() {
                        Some(idr) => currency.show(idr, &rates),
                        None => t_string!(i18n, price_on_request).to_string(),
                    }}
                </p>
                <p class="card-workshop">{move || t_string!(i18n, card_by, workshop = workshop()).to_string()}</p>
            </div>
        </li>
    }
}
