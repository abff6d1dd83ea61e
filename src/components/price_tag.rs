use leptos::prelude::*;

use crate::components::CurrencySelect;
use crate::domain::pricing::price::price;
use crate::domain::{Settings, Technique, pricing::format};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::state::{tr, use_currency, use_lang};

/// A price with the basis it was computed from, so that nobody quotes it on an outdated silver price.
#[component]
pub fn PriceTag(
    settings: Settings,
    #[prop(into)] weight_g: Signal<f64>,
    fineness: u16,
    techniques: Vec<Technique>,
    on_request: bool,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    if on_request {
        return view! { <p class="price price-request">{tr(|l| td_string!(l, price_on_request))}</p> }
            .into_any();
    }
    let s = settings.clone();
    let computed = Memo::new(move |_| price(&s, weight_g.get(), fineness, &techniques));
    let silver_per_gram = settings.silver_price.idr_per_gram;
    let silver_date = settings.silver_price.date.clone();
    let rates_date = settings.rates.date.clone();
    let rates = settings.rates.clone();
    let currency = use_currency();
    view! {
        <div class="price">
            {move || match computed.get() {
                None => view! { <p class="price-request">{tr(|l| td_string!(l, price_on_request))}</p> }.into_any(),
                Some(p) => {
                    let shown = currency.get();
                    let others = format::other_amounts(p.idr, shown, &rates, lang.get());
                    view! {
                        <p class="price-idr">{currency.show(p.idr, &rates)}</p>
                        <p class="price-fx">{t_string!(i18n, price_also, amounts = others)}</p>
                    }
                    .into_any()
                }
            }}
            {(!compact)
                .then(|| {
                    let silver_date = silver_date.clone();
                    let rates_date = rates_date.clone();
                    view! {
                        <CurrencySelect id="price-currency" />
                        <p class="price-basis">
                            {move || {
                                t_string!(
                                    i18n,
                                    price_basis,
                                    silver = format::rupiah(u64::from(silver_per_gram), lang.get()),
                                    date = labels::date(i18n, &silver_date),
                                    rates_date = labels::date(i18n, &rates_date)
                                )
                                .to_string()
                            }}
                        </p>
                    }
                })}
        </div>
    }
    .into_any()
}
