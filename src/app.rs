use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;

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
    // Once the first page is up, the code of the pages this device will want next arrives in the
    // background.
    let device = if use_kiosk().enabled() {
        Preload::Kiosk
    } else {
        Preload::Buyer
    };
    leptos::task::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(PRELOAD_AFTER_MS).await;
        crate::pages::preload(device).await;
    });

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
