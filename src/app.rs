use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{DocumentLang, KioskIdle, SiteFooter, SiteHeader, UpdateBanner};
use crate::pages::{
    AttractPage, BoardsPage, CataloguePage, ComparePage, DesignPage, HomePage, InquiryPage,
    MotifPage, NotFoundPage, OfflinePage, OutboxPage, PairsPage, ShortlistPage, StaffPage,
    WorkshopPage,
};
use crate::state::{
    provide_boards, provide_catalogue, provide_inquiry_draft, provide_kiosk, provide_locale,
    provide_outbox, provide_shortlist,
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
    provide_boards();

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
                    <Route path=path!("/compare") view=ComparePage />
                    <Route path=path!("/pairs") view=PairsPage />
                    <Route path=path!("/boards") view=BoardsPage />
                </Routes>
            </main>
            <SiteFooter />
            <UpdateBanner />
            <KioskIdle />
        </Router>
    }
}
