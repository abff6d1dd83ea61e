use leptos::prelude::*;

use crate::components::{CatalogueGate, PageMeta};
use crate::domain::inquiry::CONSENT_VERSION;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::state::{tr, use_insights, use_kiosk};

/// What happens to a buyer's name and contact: what is kept, where it goes, for how long on this device
/// (the retention staff set), and whom to ask for deletion (the collective's address from the
/// catalogue's settings). Linked from the inquiry form, beside the consent it explains.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    // The device's own setting, as staff set it (and as the outbox applies it).
    let settings = use_kiosk().settings();
    let days = move || settings.get().retention_days;
    view! {
        <PageMeta
            title=move || t_string!(i18n, privacy_title).to_string()
            description=move || t_string!(i18n, privacy_description).to_string()
        />
        <article class="page prose">
            <h1 class="page-title">{tr(|l| td_string!(l, privacy_title))}</h1>
            <h2>{tr(|l| td_string!(l, privacy_what_heading))}</h2>
            <p>{tr(|l| td_string!(l, privacy_what_body))}</p>
            <h2>{tr(|l| td_string!(l, privacy_where_heading))}</h2>
            <p>{tr(|l| td_string!(l, privacy_where_body))}</p>
            <h2>{tr(|l| td_string!(l, privacy_how_long_heading))}</h2>
            <p>{move || t_string!(i18n, privacy_how_long_body, days = days())}</p>
            <h2>{tr(|l| td_string!(l, insights_privacy_heading))}</h2>
            <p>{tr(|l| td_string!(l, insights_privacy_body))}</p>
            <CountingSwitch />
            <h2>{tr(|l| td_string!(l, privacy_delete_heading))}</h2>
            <CatalogueGate children=move |catalogue| {
                let email = catalogue.settings.inquiry.email.clone().unwrap_or_default();
                let mailto = format!("mailto:{email}");
                view! {
                    <p>{move || t_string!(i18n, privacy_delete_body, email = email.clone())}</p>
                    <p><a href=mailto>{catalogue.settings.inquiry.email.clone()}</a></p>
                }
            } />
            <p class="muted">{move || t_string!(i18n, privacy_version, version = CONSENT_VERSION)}</p>
        </article>
    }
}

/// Counting interest on this device, on or off; a kiosk always counts, and says so.
#[component]
fn CountingSwitch() -> impl IntoView {
    let insights = use_insights();
    view! {
        <div class="field choice">
            <input id="insights-switch" type="checkbox"
                prop:checked=move || insights.counting()
                disabled=move || !insights.switchable()
                on:change=move |ev| insights.set_counting(event_target_checked(&ev)) />
            <label for="insights-switch">{tr(|l| td_string!(l, insights_switch))}</label>
        </div>
        {move || (!insights.switchable()).then(|| view! { <p class="muted">{tr(|l| td_string!(l, insights_switch_kiosk))}</p> })}
    }
}
