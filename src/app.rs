use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{DocumentLang, SiteFooter, SiteHeader};
use crate::pages::{DesignPage, HomePage, NotFoundPage};
use crate::state::{provide_catalogue, provide_locale};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_locale();
    provide_catalogue();

    view! {
        <DocumentLang />
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
