use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::{CatalogueGate, CopyLink, DesignArt, ItemArt, PageMeta, QtyField};
use crate::domain::ItemRef;
use crate::domain::inquiry::shortlist::{self, ShortlistItem};
use crate::domain::pricing::price::quote;
use crate::domain::studio::compare::CompareQuery;
use crate::domain::studio::mixer::Mix;
use crate::domain::{Catalogue, pricing::format};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::location;
use crate::routes;
use crate::state::{Text, tr, use_currency, use_lang, use_shortlist};

/// The shortlist on this device, or one opened from a shared link (`?items=`), which can be saved here.
#[component]
pub fn ShortlistPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let shared = Memo::new(move |_| query.read().get("items").map(|s| shortlist::decode(&s)));
    view! {
        <PageMeta
            title=move || t_string!(i18n, shortlist_title).to_string()
            description=move || t_string!(i18n, shortlist_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, shortlist_title))}</h1>
        <CatalogueGate children=move |catalogue| {
            match shared.get() {
                Some(items) => view! { <SharedList items=items catalogue=catalogue /> }.into_any(),
                None => view! { <OwnList catalogue=catalogue /> }.into_any(),
            }
        } />
    }
}

#[component]
fn SharedList(mut items: Vec<ShortlistItem>, catalogue: Arc<Catalogue>) -> impl IntoView {
    // A link can say anything: sizes and finishes the designs are not made in are left out, and said.
    let fixed = shortlist::fit(&mut items, &catalogue) > 0;
    let list = use_shortlist();
    let navigate = use_navigate();
    let to_save = items.clone();
    let save = move |_| {
        list.merge(&to_save);
        navigate(routes::SHORTLIST, Default::default());
    };
    view! {
        <p class="notice">{tr(|l| td_string!(l, shortlist_shared_intro))}</p>
        {fixed.then(|| view! { <p class="notice" role="status">{tr(|l| td_string!(l, link_choices_fixed))}</p> })}
        <Rows items=Signal::stored(items) catalogue=catalogue editable=false />
        <button type="button" class="button" on:click=save>{tr(|l| td_string!(l, shortlist_save_shared))}</button>
    }
}

#[component]
fn OwnList(catalogue: Arc<Catalogue>) -> impl IntoView {
    let list = use_shortlist();
    let items = Signal::derive(move || list.items());
    let share_url =
        Signal::derive(move || routes::shortlist_shared(&location::origin(), &items.get()));
    let share_heading = tr(|l| td_string!(l, shortlist_share_heading));
    view! {
        <Show
            when=move || !items.read().is_empty()
            fallback=move || view! {
                <div class="empty">
                    <p>{tr(|l| td_string!(l, shortlist_empty))}</p>
                    <A href=routes::localized(routes::CATALOGUE) attr:class="button">{tr(|l| td_string!(l, home_browse_all))}</A>
                </div>
            }
        >
            <Rows items=items catalogue=catalogue.clone() editable=true />
            <p class="actions">
                <A href=move || routes::localized(routes::inquiry_for(&items.get()))
                    attr:class="button">{tr(|l| td_string!(l, shortlist_request_quote))}</A>
            </p>
            <section class="share" aria-labelledby="share-heading">
                <h2 id="share-heading">{tr(|l| td_string!(l, shortlist_share_heading))}</h2>
                <p>{tr(|l| td_string!(l, shortlist_share_body))}</p>
                <CopyLink
                    id="share-url".to_string()
                    label=Signal::derive(move || share_heading().to_string())
                    url=share_url
                />
            </section>
        </Show>
    }
}

#[component]
fn Rows(
    items: Signal<Vec<ShortlistItem>>,
    catalogue: Arc<Catalogue>,
    editable: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let currency = use_currency();
    let rates = catalogue.settings.rates.clone();
    let rates_total = rates.clone();
    let c = catalogue.clone();
    let total = move || items.with(|items| shortlist::total(items, &c));
    let rows = move || {
        items
            .get()
            .into_iter()
            .enumerate()
            .filter_map(|(index, item)| {
                let design = match &item.item {
                    ItemRef::Design(id) => catalogue.design(id).cloned(),
                    _ => None,
                };
                let Some(d) = design else {
                    return custom_row(&catalogue, index, item, editable);
                };
                let weight = d.variant_weight(item.size.as_deref(), item.finish);
                let unit = quote(&catalogue.settings, &d, item.size.as_deref(), item.finish);
                let name = d.name.clone();
                let href = routes::design(&d.id);
                let variant = {
                    let item = item.clone();
                    move || {
                        let mut parts = Vec::new();
                        if let Some(s) = &item.size {
                            parts.push(format!("{} {}", t_string!(i18n, label_size_choice), labels::size(i18n, s)));
                        }
                        if let Some(f) = item.finish {
                            parts.push(labels::finish(i18n, f));
                        }
                        parts.push(t_string!(i18n, weight_grams, weight = format::decimal(weight, 1, lang.get())).to_string());
                        parts.join(" · ")
                    }
                };
                let qty = item.qty;
                let rates = rates.clone();
                let name_for_qty = name.clone();
                Some(view! {
                    <li class="row">
                        <div class="row-art"><DesignArt motif=catalogue.lead_motif(&d).cloned() design=d.clone() /></div>
                        <div class="row-main">
                            <h2 class="row-title"><A href=routes::localized(href)>{move || name.get(lang.get()).to_owned()}</A></h2>
                            <p class="muted">{variant}</p>
                            <p class="row-price">
                                {move || match &unit {
                                    Some(p) => t_string!(i18n, shortlist_line_price, unit = currency.show(p.idr, &rates), total = currency.show(p.idr * u64::from(qty), &rates)).to_string(),
                                    None => t_string!(i18n, price_on_request).to_string(),
                                }}
                            </p>
                        </div>
                        <div class="row-qty">
                            <QtyField index=index qty=qty name=Signal::derive(move || name_for_qty.get(lang.get()).to_owned()) editable=editable />
                        </div>
                    </li>
                }.into_any())
            })
            .collect_view()
    };
    view! {
        <ul class="rows">{rows}</ul>
        <p class="total">{move || t_string!(i18n, shortlist_total, total = currency.show(total(), &rates_total)).to_string()}</p>
    }
}

/// A custom request (an adaptation sketch from the compare studio, a design from the mixer) in the list:
/// its drawing, where it came from (and opens again), the estimate it is priced from, quantity and
/// removal.
fn custom_row(
    catalogue: &Arc<Catalogue>,
    index: usize,
    item: ShortlistItem,
    editable: bool,
) -> Option<AnyView> {
    let i18n = use_i18n();
    let lang = use_lang();
    let currency = use_currency();
    let rates = catalogue.settings.rates.clone();
    let estimate = catalogue.custom_estimate(&item.item)?;
    let (href, origin, details): (String, Text, Option<Mix>) = match &item.item {
        ItemRef::Sketch { motif, trend } => (
            routes::compare(&CompareQuery {
                left: Some(ItemRef::Motif(motif.clone())),
                right: Some(ItemRef::Trend(trend.clone())),
                ..CompareQuery::default()
            }),
            |l| td_string!(l, custom_request),
            None,
        ),
        ItemRef::Mix(m) => (
            routes::mixer(m, None, None),
            |l| td_string!(l, custom_request_mixer),
            Some(m.clone()),
        ),
        _ => return None,
    };
    let target = item.item.clone();
    let c = catalogue.clone();
    let t2 = target.clone();
    let name = move || labels::item_name(lang.get(), &c, &t2).unwrap_or_default();
    let qty = item.qty;
    let weight = estimate.weight_g;
    let details = move || {
        let l = lang.get();
        let weight =
            t_string!(i18n, weight_grams, weight = format::decimal(weight, 1, l)).to_string();
        match &details {
            Some(m) => format!("{} · ≈ {weight}", labels::mix_details(l, m)),
            None => format!("≈ {weight}"),
        }
    };
    let price = move || match &estimate.price {
        Some(p) => t_string!(
            i18n,
            custom_estimate,
            unit = currency.show(p.idr, &rates),
            total = currency.show(p.idr * u64::from(qty), &rates)
        )
        .to_string(),
        None => t_string!(i18n, price_on_request).to_string(),
    };
    let name2 = name.clone();
    Some(
        view! {
            <li class="row">
                <div class="row-art"><ItemArt catalogue=catalogue.clone() target=target /></div>
                <div class="row-main">
                    <h2 class="row-title"><A href=routes::localized(href)>{name}</A></h2>
                    <p class="muted">{tr(origin)}</p>
                    <p class="muted">{details}</p>
                    <p class="row-price">{price}</p>
                </div>
                <div class="row-qty">
                    <QtyField index=index qty=qty name=Signal::derive(name2) editable=editable />
                </div>
            </li>
        }
        .into_any(),
    )
}
