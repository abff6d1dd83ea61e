use leptos::prelude::*;
use leptos_i18n::Locale as _;
use leptos_meta::{Html, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{SiteFooter, SiteHeader};
use crate::pages::{DesignPage, HomePage, NotFoundPage};
use crate::i18n::use_i18n;
use crate::state::{provide_catalogue, provide_locale};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_locale();
    provide_catalogue();
    let i18n = use_i18n();

    view! {
        // Screen readers pick their pronunciation from this; it follows the language switch.
        <Html attr:lang=move || i18n.get_locale().as_str() />
        <Router>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/designs/:id") view=DesignPage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
