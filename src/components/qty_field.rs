use leptos::prelude::*;

use crate::domain::inquiry::shortlist::MAX_QTY;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::state::{tr, use_shortlist};

/// A shortlist line's quantity: −/+ buttons around a number field and a Remove button, or just the
/// quantity when the list is someone else's (a shared link being viewed). `name` is the line's name, for
/// the field's and the Remove button's accessible names.
#[component]
pub fn QtyField(
    index: usize,
    qty: u32,
    #[prop(into)] name: Signal<String>,
    editable: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let list = use_shortlist();
    if !editable {
        return view! { <p>{move || t_string!(i18n, shortlist_qty, qty = qty).to_string()}</p> }
            .into_any();
    }
    // Steps from the list's quantity at the moment of the click, not the one this row was drawn with:
    // two quick taps before the row redraws are two steps.
    let step = move |up: bool| {
        let now = list.items_with(|items| items.get(index).map_or(qty, |i| i.qty));
        list.set_qty(index, if up { now + 1 } else { now.saturating_sub(1) });
    };
    let field_label = move || t_string!(i18n, shortlist_qty_for, name = name.get()).to_string();
    let remove_label =
        move || t_string!(i18n, shortlist_remove_named, name = name.get()).to_string();
    view! {
        <div class="stepper">
            <button type="button" aria-label=tr(|l| td_string!(l, qty_less)) disabled=qty <= 1 on:click=move |_| step(false)>"−"</button>
            <input
                type="number"
                inputmode="numeric"
                min="1"
                max=MAX_QTY.to_string()
                aria-label=field_label
                prop:value=qty.to_string()
                on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                        list.set_qty(index, n);
                    }
                }
            />
            <button type="button" aria-label=tr(|l| td_string!(l, qty_more)) on:click=move |_| step(true)>"+"</button>
        </div>
        <button type="button" class="link-button" aria-label=remove_label on:click=move |_| list.remove(index)>{tr(|l| td_string!(l, shortlist_remove))}</button>
    }
    .into_any()
}
