//! The routes whose code arrives when they are first opened.
//!
//! Home and the catalogue are in the first module: they are what a buyer sees first. Every other page
//! is its own chunk in the release build (`split` feature, cut by `scripts/build.sh`), fetched on the
//! first visit to its route and precached by the service worker for offline use. A new page joins
//! this list, not the first module.
//!
//! Their Indonesian texts arrive with them too (`state::page_texts`): the first module holds only the
//! texts home, the catalogue and the app's frame show.
//!
//! A chunk that cannot be fetched (the network went away before the service worker had stored it)
//! shows [`ChunkFailed`] instead of a dead page; the loader does not remember a failure, so the retry
//! fetches again.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::components::ChunkFailed;
use crate::platform::chunks::ChunkError;
use crate::state::page_texts;

/// Declares the routes whose pages are built by chunks of their own, from one list: for each, the route
/// type (its view waits for the chunk and shows [`ChunkFailed`] if it could not arrive), the lazily
/// loaded function that builds the page, and its preload; and [`preload`] over them by [`Preload`].
macro_rules! on_demand {
    ($(($route:ident, $chunk:ident, $build:ident, $preload:ident, $page:path, $when:ident)),* $(,)?) => {
        $(
            pub struct $route;

            #[cfg_attr(
                all(feature = "split", target_arch = "wasm32"),
                wasm_split_helpers::wasm_split($chunk, fallible, preload($preload))
            )]
            fn $build() -> Result<AnyView, ChunkError> {
                use $page as Page;
                Ok(view! { <Page /> }.into_any())
            }

            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                async fn view(_: Self) -> AnyView {
                    #[cfg(all(feature = "split", target_arch = "wasm32"))]
                    let (built, texts) = futures::join!($build(), page_texts());
                    #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
                    let (built, texts) = ($build(), page_texts().await);
                    match (built, texts) {
                        (Ok(page), Ok(())) => page,
                        _ => view! { <ChunkFailed /> }.into_any(),
                    }
                }
            }
        )*

        /// Fetches, one after another, the chunks that `device` will want next, once the app has started
        /// and shown its first page, so that a tap opens the page at once. A chunk that cannot arrive
        /// now is fetched again when its route opens, so a failure here costs nothing; when one cannot
        /// arrive (offline), the rest would fail the same way.
        pub async fn preload(device: Preload) {
            #[cfg(all(feature = "split", target_arch = "wasm32"))]
            {
                if page_texts().await.is_err() {
                    return;
                }
                $(
                    if Preload::$when <= device && $preload().await.is_err() {
                        return;
                    }
                )*
            }
            #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
            let _ = device;
        }
    };
}

/// Which chunks are fetched before they are asked for (when: `app.rs`).
///
/// Every preloaded chunk competes with the first page for the network and the main thread: Lighthouse's
/// mobile run measured "interactive" at 13.8 s on home with every visitor route preloaded and 5.2 s
/// with none. A buyer's device fetches only the next steps of a buyer's path; a kiosk, where nobody
/// waits for a slow network and where plain HTTP on a LAN may leave no service worker to cache the
/// chunks, fetches every visitor route. Staff tools wait for their first visit everywhere: a buyer
/// should never download the studio's package codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Preload {
    /// Where a buyer goes from home or the catalogue: a design, the shortlist, the inquiry.
    Buyer,
    /// Every route a visitor of the kiosk may open.
    Kiosk,
    /// Staff tools: never preloaded.
    Never,
}

on_demand! {
    (DesignRoute, design, design_page, preload_design, super::DesignPage, Buyer),
    (MotifRoute, motif, motif_page, preload_motif, super::MotifPage, Kiosk),
    (WorkshopRoute, workshop, workshop_page, preload_workshop, super::WorkshopPage, Kiosk),
    (ShortlistRoute, shortlist, shortlist_page, preload_shortlist, super::ShortlistPage, Buyer),
    (InquiryRoute, inquiry, inquiry_page, preload_inquiry, super::InquiryPage, Buyer),
    (OutboxRoute, outbox, outbox_page, preload_outbox, super::OutboxPage, Kiosk),
    (OfflineRoute, offline, offline_page, preload_offline, super::OfflinePage, Kiosk),
    (StaffRoute, staff, staff_page, preload_staff, super::StaffPage, Kiosk),
    (AttractRoute, attract, attract_page, preload_attract, super::AttractPage, Kiosk),
    (CompareRoute, compare, compare_page, preload_compare, super::ComparePage, Kiosk),
    (PairsRoute, pairs, pairs_page, preload_pairs, super::PairsPage, Kiosk),
    (BoardsRoute, boards, boards_page, preload_boards, super::BoardsPage, Kiosk),
    (PrivacyRoute, privacy, privacy_page, preload_privacy, super::PrivacyPage, Kiosk),
    (MixerRoute, mixer, mixer_page, preload_mixer, super::MixerPage, Kiosk),
    (InsightsRoute, insights, insights_page, preload_insights, super::InsightsPage, Never),
    (StudioRoute, studio, studio_page, preload_studio, super::StudioPage, Never),
}
