use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::{CatalogueGate, PageMeta, TextField};
use crate::domain::inquiry::shortlist::{self, ShortlistItem};
use crate::domain::inquiry::{Field, FieldError, InquiryDraft, Rejection, Route, validate};
use crate::domain::{Catalogue, ItemRef, Lang};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::location;
use crate::platform::outbox_store::StoreError;
use crate::routes;
use crate::state::{tr, use_currency, use_inquiry_draft, use_kiosk, use_lang, use_outbox};

/// The inquiry form. Designs arrive in the URL (`?items=`, the shortlist's own encoding), so "request a
/// quote" from a design page or the shortlist is a plain link that survives a reload.
#[component]
pub fn InquiryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let items = Memo::new(move |_| {
        query
            .read()
            .get("items")
            .map(|s| shortlist::decode(&s))
            .unwrap_or_default()
    });
    let has_items = move || !items.read().is_empty();
    view! {
        <PageMeta
            title=move || t_string!(i18n, inquiry_title).to_string()
            description=move || t_string!(i18n, inquiry_description).to_string()
        />
        <div class="page">
            <h1 class="page-title">
                {move || if has_items() { t_string!(i18n, inquiry_quote_title) } else { t_string!(i18n, inquiry_title) }}
            </h1>
            <p class="lede">{tr(|l| td_string!(l, inquiry_intro))}</p>
            <CatalogueGate children=move |catalogue| {
                let mut items = items.get();
                let fixed = shortlist::fit(&mut items, &catalogue) > 0;
                view! {
                    {fixed.then(|| view! { <p class="notice" role="status">{tr(|l| td_string!(l, link_choices_fixed))}</p> })}
                    <InquiryForm catalogue=catalogue items=items />
                }
            } />
        </div>
    }
}

/// A design line with its quantity as typed, so "12a" stays on screen with a message instead of vanishing.
#[derive(Clone, PartialEq)]
struct Line {
    item: ShortlistItem,
    qty: String,
}

#[component]
fn InquiryForm(catalogue: Arc<Catalogue>, items: Vec<ShortlistItem>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let draft = use_inquiry_draft();
    let outbox = use_outbox();
    let navigate = use_navigate();
    let lines = RwSignal::new(
        items
            .into_iter()
            .map(|item| Line {
                qty: item.qty.to_string(),
                item,
            })
            .collect::<Vec<_>>(),
    );
    let has_endpoint = catalogue.settings.inquiry.endpoint.is_some();
    // On a kiosk the inquiry always goes to the outbox: the visitor's phone is not the stand's screen.
    let kiosk = use_kiosk();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let attempted = RwSignal::new(false);
    let saving = RwSignal::new(false);
    let store_error = RwSignal::new(None::<StoreError>);
    let summary = NodeRef::<Div>::new();

    let currency = use_currency();
    let current = {
        let catalogue = catalogue.clone();
        move || {
            let mut d = draft.get().get_untracked();
            if d.language.is_empty() {
                d.language = lang.get_untracked().code().to_owned();
            }
            d.route = d.route.effective(kiosk.enabled(), has_endpoint);
            d.currency = Some(currency.get_untracked());
            d.items = lines
                .get_untracked()
                .into_iter()
                .map(|l| ShortlistItem {
                    qty: l.qty.trim().parse().unwrap_or(0),
                    ..l.item
                })
                .collect();
            (d, catalogue.clone())
        }
    };
    // After the first attempt, messages follow the fixes as they are typed.
    {
        let current = current.clone();
        Effect::new(move |_| {
            draft.get().track();
            lines.track();
            if attempted.get_untracked() {
                let (d, c) = current();
                errors.set(match validate(&d, &c) {
                    Err(Rejection::Invalid(e)) => e,
                    _ => Vec::new(),
                });
            }
        });
    }

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        attempted.set(true);
        store_error.set(None);
        let (d, c) = current();
        match validate(&d, &c) {
            Err(Rejection::Bot) => {
                // Say nothing a bot could learn from; nothing is stored or sent.
                draft.clear();
                navigate(routes::OUTBOX, Default::default());
            }
            Err(Rejection::Invalid(e)) => {
                errors.set(e);
                request_animation_frame(move || {
                    if let Some(el) = summary.get_untracked() {
                        let _ = el.focus();
                    }
                });
            }
            Ok(inquiry) => {
                errors.set(Vec::new());
                saving.set(true);
                let navigate = navigate.clone();
                spawn_local(async move {
                    match outbox.save(inquiry).await {
                        Ok(entry) => {
                            draft.clear();
                            kiosk.remember_inquiry(&entry.id);
                            navigate(&routes::outbox_saved(&entry.id), Default::default());
                        }
                        Err(e) => {
                            store_error.set(Some(e));
                            saving.set(false);
                            request_animation_frame(move || {
                                if let Some(el) = summary.get_untracked() {
                                    let _ = el.focus();
                                }
                            });
                        }
                    }
                });
            }
        }
    };

    let names = {
        let catalogue = catalogue.clone();
        Callback::new(move |i: usize| -> String {
            lines.with_untracked(|ls| {
                ls.get(i)
                    .map(|l| {
                        labels::item_name(lang.get_untracked(), &catalogue, &l.item.item)
                            .unwrap_or_else(|| l.item.item.key())
                    })
                    .unwrap_or_default()
            })
        })
    };
    let message_for = {
        move |field: Field| {
            Signal::derive(move || {
                errors.with(|all| {
                    all.iter().find(|e| e.field == field).map(|e| {
                        labels::inquiry_error(
                            i18n,
                            *e,
                            &names.run(match field {
                                Field::Quantity(i) => i,
                                _ => usize::MAX,
                            }),
                        )
                    })
                })
            })
        }
    };
    let text = move |get: fn(&InquiryDraft) -> &String| {
        Signal::derive(move || draft.get().with(|d| get(d).clone()))
    };
    let set = move |put: fn(&mut InquiryDraft, String)| {
        Callback::new(move |v: String| draft.update(|d| put(d, v)))
    };

    let summary_items = {
        move || {
            errors
                .get()
                .into_iter()
                .map(|e| {
                    let i = match e.field {
                        Field::Quantity(i) => i,
                        _ => usize::MAX,
                    };
                    let id = e.field.control_id();
                    let href = format!("#{id}");
                    view! {
                        <li><a href=href on:click=move |ev| { ev.prevent_default(); location::focus_id(&id) }>
                            {labels::inquiry_error(i18n, e, &names.run(i))}
                        </a></li>
                    }
                })
                .collect_view()
        }
    };

    let for_lines = StoredValue::new(catalogue.clone());
    view! {
        <form class="inquiry" novalidate on:submit=submit>
            <div class="error-summary" tabindex="-1" node_ref=summary
                class:active=move || !errors.read().is_empty() || store_error.read().is_some()
                role=move || (!errors.read().is_empty() || store_error.read().is_some()).then_some("alert")>
                <Show when=move || !errors.read().is_empty()>
                    <h2>{move || match errors.read().len() {
                        1 => t_string!(i18n, inq_errors_heading_one).to_string(),
                        n => t_string!(i18n, inq_errors_heading, count = n).to_string(),
                    }}</h2>
                    <ul>{summary_items}</ul>
                </Show>
                {move || store_error.get().map(|e| {
                    let text = match &e {
                        StoreError::Quota(_) => t_string!(i18n, inq_storage_quota).to_string(),
                        StoreError::Unavailable(_) => t_string!(i18n, inq_storage_unavailable).to_string(),
                        StoreError::Other(d) => t_string!(i18n, inq_storage_other, detail = d.clone()).to_string(),
                    };
                    view! { <p>{text}</p> }
                })}
            </div>

            <Show when=move || !lines.read().is_empty()>
                <fieldset class="inquiry-items" id="inq-items">
                    <legend>{tr(|l| td_string!(l, inq_items_heading))}</legend>
                    <ul class="rows">
                        <For each=move || lines.get().into_iter().enumerate() key=|(i, l)| (*i, l.item.item.key()) let:((i, line))>
                            <ItemLine index=i line=line catalogue=for_lines.get_value() lines=lines error=message_for(Field::Quantity(i)) />
                        </For>
                    </ul>
                </fieldset>
            </Show>

            <fieldset>
                <legend>{tr(|l| td_string!(l, inq_about_heading))}</legend>
                <TextField id="inq-name" label=|l| td_string!(l, field_name) autocomplete="name"
                    value=text(|d| &d.name) on_input=set(|d, v| d.name = v) error=message_for(Field::Name) />
                <TextField id="inq-company" label=|l| td_string!(l, field_company) autocomplete="organization" optional=true
                    value=text(|d| &d.company) on_input=set(|d, v| d.company = v) error=message_for(Field::Company) />
                <TextField id="inq-country" label=|l| td_string!(l, field_country) autocomplete="country-name"
                    value=text(|d| &d.country) on_input=set(|d, v| d.country = v) error=message_for(Field::Country) />
                <p class="hint">{tr(|l| td_string!(l, inq_contact_hint))}</p>
                <TextField id="inq-email" label=|l| td_string!(l, field_email) kind="email" autocomplete="email"
                    value=text(|d| &d.email) on_input=set(|d, v| d.email = v) error=message_for(Field::Email) />
                <TextField id="inq-whatsapp" label=|l| td_string!(l, field_whatsapp) kind="tel" autocomplete="tel"
                    hint=|l| td_string!(l, inq_whatsapp_hint)
                    value=text(|d| &d.whatsapp) on_input=set(|d, v| d.whatsapp = v) error=message_for(Field::Whatsapp) />
                <div class="field">
                    <label for="inq-language">{tr(|l| td_string!(l, field_language))}</label>
                    <select id="inq-language"
                        prop:value=move || { let l = draft.get().with(|d| d.language.clone()); if l.is_empty() { lang.get().code().to_owned() } else { l } }
                        on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.language = v) }>
                        <option value=Lang::Id.code()>{tr(|l| td_string!(l, lang_option_id))}</option>
                        <option value=Lang::En.code()>{tr(|l| td_string!(l, lang_option_en))}</option>
                        <option value=Lang::De.code()>{tr(|l| td_string!(l, lang_option_de))}</option>
                        <option value=Lang::Fr.code()>{tr(|l| td_string!(l, lang_option_fr))}</option>
                        <option value=Lang::Nl.code()>{tr(|l| td_string!(l, lang_option_nl))}</option>
                    </select>
                </div>
                <TextField id="inq-message" label=|l| td_string!(l, field_message) multiline=true
                    hint=|l| td_string!(l, inq_message_hint)
                    value=text(|d| &d.message) on_input=set(|d, v| d.message = v) error=message_for(Field::Message) />
            </fieldset>

            <Show when=move || !kiosk.enabled()>
            <fieldset class="route">
                <legend>{tr(|l| td_string!(l, inq_route_legend))}</legend>
                {[Route::Endpoint, Route::Whatsapp, Route::Email].into_iter().filter(|r| has_endpoint || *r != Route::Endpoint).map(|r| {
                    let id = format!("inq-route-{}", r.key());
                    let checked = move || {
                        draft.get().with(|d| d.route).effective(false, has_endpoint) == r
                    };
                    view! {
                        <div class="choice">
                            <input type="radio" name="route" id=id.clone() value=r.key() prop:checked=checked
                                on:change=move |_| draft.update(|d| d.route = r) />
                            <label for=id>{tr(match r {
                                Route::Endpoint => |l| td_string!(l, route_endpoint),
                                Route::Whatsapp => |l| td_string!(l, route_whatsapp),
                                Route::Email => |l| td_string!(l, route_email),
                            })}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            </Show>

            <div class="field choice" class:field-invalid=move || message_for(Field::Consent).read().is_some()>
                <input type="checkbox" id="inq-consent" prop:checked=move || draft.get().with(|d| d.consent)
                    aria-describedby=move || message_for(Field::Consent).read().is_some().then_some("inq-consent-error")
                    aria-invalid=move || message_for(Field::Consent).read().is_some().then_some("true")
                    on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.consent = on) } />
                <label for="inq-consent">{tr(|l| td_string!(l, inq_consent))}</label>
                <Show when=move || message_for(Field::Consent).read().is_some()>
                    <p class="field-error" id="inq-consent-error">{move || message_for(Field::Consent).get()}</p>
                </Show>
            </div>
            // The draft is kept on the device, so following this link loses nothing typed.
            <p class="privacy-link">
                <A href=routes::localized(routes::PRIVACY)>{tr(|l| td_string!(l, inq_privacy_link))}</A>
            </p>

            // People never see or reach this field; simple bots fill every input they find.
            <div class="honeypot" aria-hidden="true">
                <label for="inq-website">{tr(|l| td_string!(l, inq_honeypot))}</label>
                <input id="inq-website" name="website" type="text" tabindex="-1" autocomplete="off"
                    prop:value=text(|d| &d.website) on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.website = v) } />
            </div>

            <button type="submit" class="button" aria-disabled=move || saving.get().then_some("true")>
                {move || if saving.get() { t_string!(i18n, inq_saving) } else { t_string!(i18n, inq_submit) }}
            </button>
        </form>
    }
}

#[component]
fn ItemLine(
    index: usize,
    line: Line,
    catalogue: Arc<Catalogue>,
    lines: RwSignal<Vec<Line>>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let name = {
        let catalogue = catalogue.clone();
        let item = line.item.item.clone();
        // A design's name, a sketch's "motif × trend", a mixer design's form and motif.
        move || labels::item_name(lang.get(), &catalogue, &item).unwrap_or_else(|| item.key())
    };
    let variant = {
        let item = line.item.clone();
        move || {
            // A mixer design's parameters include its finish; they are what the maker is asked for.
            if let ItemRef::Mix(m) = &item.item {
                return labels::mix_details(i18n, m);
            }
            let mut parts = Vec::new();
            if let Some(s) = &item.size {
                parts.push(format!(
                    "{} {}",
                    t_string!(i18n, label_size_choice),
                    labels::size(i18n, s)
                ));
            }
            if let Some(f) = item.finish {
                parts.push(labels::finish(i18n, f));
            }
            parts.join(" · ")
        }
    };
    let id = Field::Quantity(index).control_id();
    let error_id = format!("{id}-error");
    let name_for_qty = name.clone();
    let name_for_remove = name.clone();
    view! {
        <li class="row row-compact">
            <div class="row-main">
                <p class="row-title">{name.clone()}</p>
                <p class="muted">{variant}</p>
            </div>
            <div class="field">
                <label for=id.clone()>{move || t_string!(i18n, inq_qty_for, name = name_for_qty())}</label>
                <input id=id type="text" inputmode="numeric" class="qty-input"
                    aria-invalid=move || error.read().is_some().then_some("true")
                    aria-describedby=move || error.read().is_some().then(|| error_id.clone())
                    prop:value=line.qty.clone()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        lines.update(|ls| if let Some(l) = ls.get_mut(index) { l.qty = v });
                    } />
                <Show when=move || error.read().is_some()>
                    <p class="field-error" id=format!("inq-qty-{index}-error")>{move || error.get()}</p>
                </Show>
            </div>
            <button type="button" class="link-button"
                on:click=move |_| lines.update(|ls| { if index < ls.len() { ls.remove(index); } })>
                {move || t_string!(i18n, inq_remove_item, name = name_for_remove())}
            </button>
        </li>
    }
}
