use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::Passage;
use crate::domain::Workshop;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::routes;
use crate::state::{tr, use_kiosk};

/// WhatsApp's click-to-chat link wants the number as digits only, country code first.
pub fn wa_me(number: &str) -> String {
    format!(
        "https://wa.me/{}",
        number
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    )
}

#[component]
pub fn WorkshopCard(workshop: Workshop) -> impl IntoView {
    let i18n = use_i18n();
    let story = workshop.story.clone();
    let href = routes::workshop(&workshop.id);
    // A kiosk must not open WhatsApp or a mail program on the stand's screen: the contacts stay readable
    // for the visitor to note, as text.
    let kiosk = use_kiosk().enabled();
    view! {
        <section class="workshop-card" aria-labelledby="workshop-card-title">
            <h2 id="workshop-card-title">
                <A href=routes::localized(href)>{workshop.name.clone()}</A>
                {workshop.sample.then(|| view! { <span class="badge" title=move || t_string!(i18n, sample_note).to_string()>{tr(|l| td_string!(l, sample_badge))}</span> })}
            </h2>
            <p class="muted">{workshop.village.clone()}</p>
            <Passage text=story />
            <ul class="contacts">
                {workshop.contact.whatsapp.clone().map(|n| if kiosk {
                    view! { <li class="contact-text">{tr(|l| td_string!(l, contact_whatsapp))}" "{n.clone()}</li> }.into_any()
                } else {
                    view! { <li><a class="button button-quiet" href=wa_me(&n) rel="noopener">{tr(|l| td_string!(l, contact_whatsapp))}" "{n.clone()}</a></li> }.into_any()
                })}
                {workshop.contact.email.clone().map(|e| if kiosk {
                    view! { <li class="contact-text">{tr(|l| td_string!(l, contact_email))}" "{e.clone()}</li> }.into_any()
                } else {
                    view! { <li><a class="button button-quiet" href=format!("mailto:{e}")>{tr(|l| td_string!(l, contact_email))}" "{e.clone()}</a></li> }.into_any()
                })}
            </ul>
        </section>
    }
}
