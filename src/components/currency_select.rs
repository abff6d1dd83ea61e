use leptos::prelude::*;

use crate::domain::pricing::format::Currency;
use crate::i18n::td_string;
use crate::state::{Text, tr, use_currency};

/// The currency prices are shown in; the quote itself stays in rupiah, the others are conversions at
/// the catalogue's dated rates (the price's basis line gives the date).
#[component]
pub fn CurrencySelect(#[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    let currency = use_currency();
    let id = id.unwrap_or("currency");
    let name: fn(Currency) -> Text = |c| match c {
        Currency::Idr => |l| td_string!(l, currency_option_idr),
        Currency::Eur => |l| td_string!(l, currency_option_eur),
        Currency::Usd => |l| td_string!(l, currency_option_usd),
    };
    view! {
        <div class="currency-select">
            <label for=id>{tr(|l| td_string!(l, currency_label))}</label>
            <select
                id=id
                prop:value=move || currency.get().code()
                on:change=move |ev| {
                    if let Some(c) = Currency::parse(&event_target_value(&ev)) {
                        currency.set(c);
                    }
                }
            >
                {Currency::ALL
                    .into_iter()
                    .map(|c| view! { <option value=c.code()>{tr(name(c))}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
