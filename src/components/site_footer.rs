use leptos::prelude::*;

use leptos_router::components::A;

use crate::components::CurrencySelect;
use crate::i18n::td_string;
use crate::platform::offline;
use crate::routes;
use crate::state::{tr, use_kiosk};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let kiosk = use_kiosk();
    view! {
        <footer class="site-footer">
            <p>{tr(|l| td_string!(l, footer_made_in))}</p>
            <CurrencySelect id="footer-currency" />
            // Not a promise the browser cannot keep (no service workers here).
            <p hidden=!offline::available()>{tr(|l| td_string!(l, footer_offline))}</p>
            <p class="footer-links">
                <A href=routes::localized(routes::OFFLINE)>{tr(|l| td_string!(l, footer_prepare_offline))}</A>
                <A href=routes::localized(routes::STAFF)>{tr(|l| td_string!(l, footer_staff))}</A>
                // On a maker's own device; a kiosk's visitors reach it only through the staff screen.
                <Show when=move || !kiosk.enabled()>
                    <A href=routes::localized(routes::STUDIO)>{tr(|l| td_string!(l, studio_title))}</A>
                </Show>
            </p>
        </footer>
    }
}
