use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::{CatalogueGate, PageMeta};
use crate::domain::inquiry::outbox::{Channel, Entry, Status};
use crate::domain::inquiry::{HandoffLabels, Route, handoff_text, mailto_link, wa_me_link};
use crate::domain::{Catalogue, ItemRef, Lang};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::files;
use crate::state::{tr, use_kiosk, use_lang, use_outbox};

/// Every inquiry kept on this device with its delivery state; exports and the buyer's hand-offs.
#[component]
pub fn OutboxPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, outbox_title).to_string()
            description=move || t_string!(i18n, outbox_description).to_string()
        />
        <div class="page">
            <h1 class="page-title">{tr(|l| td_string!(l, outbox_title))}</h1>
            <p class="lede">{tr(|l| td_string!(l, outbox_intro))}</p>
            <CatalogueGate children=move |catalogue| view! { <OutboxList catalogue=catalogue /> } />
        </div>
    }
}

#[component]
fn OutboxList(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    // Read the store now rather than wait for the delivery loop, whose chunk may still be on its way.
    leptos::task::spawn_local(async move { outbox.refresh().await });
    let query = use_query_map();
    let saved = Memo::new(move |_| query.read().get("saved"));
    let has_endpoint = catalogue.settings.inquiry.endpoint.is_some();
    let kiosk = use_kiosk();
    // On a kiosk a visitor sees only the inquiry they just saved, never those of earlier visitors, even
    // at an earlier visitor's URL (Back, or a link left on screen).
    let all = outbox.entries();
    let entries = Signal::derive(move || {
        if kiosk.staff() {
            all.get()
        } else {
            let saved = saved.get();
            all.get()
                .into_iter()
                .filter(|e| Some(&e.id) == saved.as_ref() && kiosk.saved_by_visitor(&e.id))
                .collect()
        }
    });
    let exported = RwSignal::new(None::<bool>);
    let export = move |csv: bool| exported.set(Some(outbox.export(csv)));
    let saved_entry = move || {
        saved
            .get()
            .and_then(|id| entries.with(|all| all.iter().find(|e| e.id == id).cloned()))
    };
    let catalogue = StoredValue::new(catalogue);
    view! {
        {move || saved_entry().map(|e| view! {
            <div class="notice" role="status">
                <p>{tr(|l| td_string!(l, outbox_saved_notice))}</p>
                {(e.inquiry.route != Route::Endpoint || !has_endpoint).then(|| view! {
                    <p>{tr(|l| td_string!(l, outbox_handoff_notice))}</p>
                })}
            </div>
        })}
        {(!has_endpoint).then(|| view! { <p class="muted">{tr(|l| td_string!(l, outbox_no_endpoint))}</p> })}
        // Why inquiries sit there unsent, on a kiosk without a network: they go by themselves later.
        {move || (has_endpoint && !outbox.online().get() && entries.with(|all| all.iter().any(Entry::waits_for_endpoint))).then(|| view! {
            <p class="notice" role="status">{tr(|l| td_string!(l, outbox_offline))}</p>
        })}
        {move || outbox.error().get().map(|e| view! {
            <p class="notice notice-error" role="alert">{t_string!(i18n, outbox_store_error, detail = e.detail().to_owned())}</p>
        })}
        {move || { let n = outbox.unreadable().get(); (n > 0).then(|| view! {
            <p class="notice">{t_string!(i18n, outbox_unreadable, count = n)}</p>
        }) }}
        <Show when=move || outbox.loaded().get() fallback=|| view! {
            <p class="loading" role="status">{tr(|l| td_string!(l, outbox_loading))}</p>
        }>
            <Show when=move || !entries.read().is_empty() fallback=|| view! {
                <p class="empty">{tr(|l| td_string!(l, outbox_empty))}</p>
            }>
                <ul class="rows outbox">
                    <For each=move || entries.get() key=|e| (e.id.clone(), e.status.clone(), e.handoffs.len(), e.exported, e.attempts)
                        let:entry>
                        <OutboxRow entry=entry catalogue=catalogue.get_value() has_endpoint=has_endpoint />
                    </For>
                </ul>
                <Show when=move || kiosk.staff()>
                <section class="share" aria-labelledby="export-heading">
                    <h2 id="export-heading">{tr(|l| td_string!(l, outbox_export_heading))}</h2>
                    <p>{tr(|l| td_string!(l, outbox_export_body))}</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| export(true)>{tr(|l| td_string!(l, outbox_export_csv))}</button>
                        <button type="button" class="button button-quiet" on:click=move |_| export(false)>{tr(|l| td_string!(l, outbox_export_json))}</button>
                    </div>
                    {move || exported.get().map(|ok| view! {
                        <p class="notice" role="status">{if ok { t_string!(i18n, outbox_exported) } else { t_string!(i18n, outbox_export_failed) }}</p>
                    })}
                </section>
                </Show>
            </Show>
        </Show>
    }
}

fn status_text(i18n: crate::i18n::I18n, e: &Entry, lang: Lang) -> String {
    let time = |ms: u64| files::local_time(ms, lang.code());
    match &e.status {
        Status::Saved if e.inquiry.route != Route::Endpoint => {
            t_string!(i18n, status_handoff_waiting).to_string()
        }
        Status::Saved => t_string!(i18n, status_saved).to_string(),
        Status::Sending => t_string!(i18n, status_sending).to_string(),
        Status::Delivered { at } => t_string!(i18n, status_delivered, time = time(*at)).to_string(),
        Status::Failed { reason } => {
            t_string!(i18n, status_failed, reason = reason.clone()).to_string()
        }
        Status::HandedOff {
            channel: Channel::Whatsapp,
            at,
        } => t_string!(i18n, status_whatsapp, time = time(*at)).to_string(),
        Status::HandedOff {
            channel: Channel::Email,
            at,
        } => t_string!(i18n, status_email, time = time(*at)).to_string(),
    }
}

#[component]
fn OutboxRow(entry: Entry, catalogue: Arc<Catalogue>, has_endpoint: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let outbox = use_outbox();
    let confirming = RwSignal::new(false);
    let e = entry.clone();
    let status = move || status_text(i18n, &e, lang.get());
    let created = {
        let at = entry.created_at;
        move || {
            t_string!(
                i18n,
                outbox_created,
                time = files::local_time(at, lang.get().code())
            )
            .to_string()
        }
    };
    let lines = entry.inquiry.items.iter().map(|l| {
        let (catalogue, item, qty) = (catalogue.clone(), l.item.clone(), l.qty);
        view! { <li>{qty}" × "{move || labels::item_name(lang.get(), &catalogue, &item).unwrap_or_else(|| item.key())}</li> }
    }).collect_view();
    let retry = (matches!(entry.status, Status::Saved | Status::Failed { .. })
        && entry.inquiry.route == Route::Endpoint
        && has_endpoint)
        .then(|| {
            let id = entry.id.clone();
            // Offline, a retry could only wait for the network as the outbox already does (the page's
            // notice says so); a button that seems to do nothing is worse than none.
            view! {
                <button type="button" class="button" hidden=move || !outbox.online().get()
                    on:click=move |_| outbox.retry_now(id.clone())>{tr(|l| td_string!(l, outbox_retry))}</button>
            }
        });
    let attempts = (entry.attempts > 0 && entry.last_error.is_some()).then(|| {
        let (n, err) = (entry.attempts, entry.last_error.clone().unwrap_or_default());
        view! { <p class="muted">{move || t_string!(i18n, outbox_attempts, count = n, error = err.clone())}</p> }
    });
    let offers_handoff = !matches!(
        entry.status,
        Status::Delivered { .. } | Status::Sending | Status::HandedOff { .. }
    ) && (entry.inquiry.route != Route::Endpoint
        || !has_endpoint
        || matches!(entry.status, Status::Failed { .. }));
    let kiosk = use_kiosk();
    let handoffs = offers_handoff.then(|| {
        if kiosk.enabled() {
            // Links out of the app are off on a kiosk; the stand's staff export and send these.
            view! { <p class="muted">{tr(|l| td_string!(l, kiosk_handoff_note))}</p> }.into_any()
        } else {
            view! { <Handoffs entry=entry.clone() catalogue=catalogue.clone() /> }.into_any()
        }
    });
    let delete = (entry.can_delete() && kiosk.staff()).then(|| {
        let id = entry.id.clone();
        let name = entry.inquiry.name.clone();
        let name2 = name.clone();
        view! {
            <Show when=move || confirming.get() fallback=move || {
                let name = name.clone();
                view! {
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(true)
                        aria-label=move || t_string!(i18n, outbox_delete_named, name = name.clone()).to_string()>
                        {tr(|l| td_string!(l, outbox_delete))}
                    </button>
                }
            }>
                <div class="confirm" role="group">
                    <p>{ let name = name2.clone(); move || t_string!(i18n, outbox_delete_confirm, name = name.clone()).to_string() }</p>
                    <button type="button" class="button" on:click={ let id = id.clone(); move |_| outbox.delete(id.clone()) }>{tr(|l| td_string!(l, outbox_delete_yes))}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>{tr(|l| td_string!(l, outbox_cancel))}</button>
                </div>
            </Show>
        }
    });
    view! {
        <li class="outbox-entry" data-status=entry.status.key()>
            <div class="outbox-head">
                <h2 class="row-title">{entry.inquiry.name.clone()}
                    {entry.inquiry.company.clone().map(|c| view! { <span class="muted">", "{c}</span> })}
                </h2>
                <p class="outbox-status" data-status=entry.status.key()>{status}</p>
            </div>
            <p class="muted">{created}" · "{entry.inquiry.country.clone()}</p>
            {(!entry.inquiry.items.is_empty()).then(|| view! { <ul class="outbox-lines">{lines}</ul> })}
            {(!entry.inquiry.message.is_empty()).then(|| view! { <p class="outbox-message">{entry.inquiry.message.clone()}</p> })}
            {attempts}
            {handoffs}
            <div class="actions">{retry}{delete}</div>
        </li>
    }
}

/// One WhatsApp and one e-mail link per workshop concerned (or for the collective when no design is
/// attached), each with only that workshop's part of the request.
#[component]
fn Handoffs(entry: Entry, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let fallback = catalogue.settings.inquiry.clone();
    // The buyer sends the hand-off from their own phone: its few fixed words are in the buyer's
    // language when this device has it loaded (the one they wrote the form in), else in Indonesian,
    // the makers' own.
    let locale = entry.inquiry.lang();
    let name_of = {
        let c = catalogue.clone();
        move |item: &ItemRef| labels::item_name(locale, &c, item)
    };
    let words = HandoffLabels {
        greeting: td_string!(locale, handoff_greeting),
        size: td_string!(locale, handoff_size),
        item_name: &name_of,
    };
    let subject = td_string!(locale, handoff_subject);
    let mut parts = entry.inquiry.workshops();
    if parts.is_empty() {
        parts.push(String::new());
    }
    parts
        .into_iter()
        .map(|w| {
            let workshop = catalogue.workshops.iter().find(|x| x.id == w);
            let name = workshop.map(|x| x.name.clone());
            let whatsapp = workshop.and_then(|x| x.contact.whatsapp.clone()).or_else(|| fallback.whatsapp.clone());
            let email = workshop.and_then(|x| x.contact.email.clone()).or_else(|| fallback.email.clone());
            let text = handoff_text(&entry.inquiry, Some(w.as_str()), &words);
            let who = move || name.clone().unwrap_or_else(|| t_string!(i18n, outbox_collective).to_string());
            if entry.handed_off(&w) {
                return view! { <p class="muted">{move || t_string!(i18n, outbox_handed, workshop = who())}</p> }.into_any();
            }
            let wa = whatsapp.map(|n| {
                let (id, w, who) = (entry.id.clone(), w.clone(), who.clone());
                view! {
                    <a class="button" href=wa_me_link(&n, &text) target="_blank" rel="noopener"
                        on:click=move |_| outbox.hand_off(id.clone(), w.clone(), Channel::Whatsapp)>
                        {move || t_string!(i18n, outbox_handoff_whatsapp, workshop = who())}
                    </a>
                }
            });
            let mail = email.map(|a| {
                let (id, w, who) = (entry.id.clone(), w.clone(), who.clone());
                view! {
                    <a class="button button-quiet" href=mailto_link(&a, subject, &text)
                        on:click=move |_| outbox.hand_off(id.clone(), w.clone(), Channel::Email)>
                        {move || t_string!(i18n, outbox_handoff_email, workshop = who())}
                    </a>
                }
            });
            view! { <div class="actions handoff">{wa}{mail}</div> }.into_any()
        })
        .collect_view()
}
