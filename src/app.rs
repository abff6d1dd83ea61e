use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;
use leptos_use::use_event_listener;

use crate::components::{
    DocumentLang, KioskIdle, LangNotice, SiteFooter, SiteHeader, StorageNotice, UpdateBanner,
};
use crate::i18n::use_i18n;
use crate::pages::Preload;
use crate::platform::location;
use crate::routes::{self, AppRoutes};
use crate::state::{
    provide_boards, provide_catalogue, provide_currency, provide_inquiry_draft, provide_insights,
    provide_kiosk, provide_locale, provide_outbox, provide_shortlist, provide_storage_problems,
    use_kiosk,
};

/// Long enough for the first page's data and drawings to have had the network to themselves.
const PRELOAD_AFTER_MS: u32 = 2_000;

/// Fetches the code of the pages this device will want next, in the background. A kiosk fetches every
/// visitor route two seconds after start. A buyer's device waits for the first sign of a person (a
/// touch, a key, a scroll): a page that is only being loaded, by a slow phone or a link preview, gets
/// the network and the main thread to itself. Lighthouse measured "interactive" on home at 15.4 s with
/// the buyer's three chunks fetched at two seconds (their shared code is many requests), against
/// 5.2 s with none.
fn preload_next_pages() {
    if use_kiosk().enabled() {
        leptos::task::spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(PRELOAD_AFTER_MS).await;
            crate::pages::preload(Preload::Kiosk).await;
        });
        return;
    }
    let started = StoredValue::new(false);
    let start = move || {
        if !started.get_value() {
            started.set_value(true);
            leptos::task::spawn_local(crate::pages::preload(Preload::Buyer));
        }
    };
    let _ = use_event_listener(window(), leptos::ev::pointerdown, move |_| start());
    let _ = use_event_listener(window(), leptos::ev::keydown, move |_| start());
    let _ = use_event_listener(window(), leptos::ev::scroll, move |_| start());
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // First: every store created below reports its failed writes here.
    provide_storage_problems();
    provide_locale();
    provide_currency();
    provide_catalogue();
    provide_kiosk();
    provide_insights();
    provide_shortlist();
    provide_inquiry_draft();
    provide_outbox();
    provide_boards();
    preload_next_pages();

    let i18n = use_i18n();
    view! {
        <DocumentLang />
        // The language prefix of the address (`/de/…`) is the router's base, so that every link the
        // app writes keeps the reader's language. A switch changes the address first, then the router
        // is mounted again on it: the pages are drawn anew, the state above them stays.
        {move || {
            i18n.get_locale();
            // Untracked: the components' bodies run here, and a signal one of them reads while being
            // built must not mount the whole router again when it changes; only the language does.
            untrack(|| {
                let base = routes::base_of(&location::current_path());
                provide_context(routes::RouterBase(base));
                view! {
                    <Router base=base>
                        <SiteHeader />
                        <main id="main" tabindex="-1">
                            <AppRoutes />
                        </main>
                        <SiteFooter />
                        <UpdateBanner />
                        <StorageNotice />
                        <LangNotice />
                        <KioskIdle />
                    </Router>
                }
            })
        }}
    }
}
