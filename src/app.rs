use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{DocumentLang, KioskIdle, SiteFooter, SiteHeader, UpdateBanner};
use crate::pages::{
    AttractPage, CataloguePage, DesignPage, HomePage, InquiryPage, MotifPage, NotFoundPage,
    OfflinePage, OutboxPage, ShortlistPage, StaffPage, WorkshopPage,
};
use crate::state::{
    provide_catalogue, provide_inquiry_draft, provide_kiosk, provide_locale, provide_outbox,
    provide_shortlist,
};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_locale();
    provide_catalogue();
    provide_shortlist();
    provide_inquiry_draft();
    provide_outbox();
    provide_kiosk();

    view! {
        <DocumentLang />
        <Router>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/catalogue") view=CataloguePage />
                    <Route path=path!("/designs/:id") view=DesignPage />
                    <Route path=path!("/motifs/:id") view=MotifPage />
                    <Route path=path!("/workshops/:id") view=WorkshopPage />
                    <Route path=path!("/shortlist") view=ShortlistPage />
                    <Route path=path!("/inquiry") view=InquiryPage />
                    <Route path=path!("/outbox") view=OutboxPage />
                    <Route path=path!("/offline") view=OfflinePage />
                    <Route path=path!("/staff") view=StaffPage />
                    <Route path=path!("/attract") view=AttractPage />
                </Routes>
            </main>
            <SiteFooter />
            <UpdateBanner />
            <KioskIdle />
        </Router>
    }
}
