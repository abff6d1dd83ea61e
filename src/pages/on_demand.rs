//! The routes whose code arrives when they are first opened.
//!
//! Home and the catalogue are in the first module: they are what a buyer sees first. Every other page
//! is its own chunk in the release build (`split` feature, cut by `scripts/build.sh`), fetched on the
//! first visit to its route and precached by the service worker for offline use. A new page joins
//! this list, not the first module.
//!
//! A chunk that cannot be fetched (the network went away before the service worker had stored it)
//! shows [`ChunkFailed`] instead of a dead page; the loader does not remember a failure, so the retry
//! fetches again.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use crate::components::ChunkFailed;
use crate::platform::chunks::ChunkError;

/// Declares the routes whose pages are built by chunks of their own, from one list: for each, the route
/// type (its view waits for the chunk and shows [`ChunkFailed`] if it could not arrive), the lazily
/// loaded function that builds the page, and its preload; and [`preload_all`] over all of them.
macro_rules! on_demand {
    ($(($route:ident, $chunk:ident, $build:ident, $preload:ident, $page:path, $eager:literal)),* $(,)?) => {
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
                    let built = $build().await;
                    #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
                    let built = $build();
                    built.unwrap_or_else(|_| view! { <ChunkFailed /> }.into_any())
                }
            }
        )*

        /// Fetches the chunk of every route a visitor may open (`eager`), one after another, once the
        /// app has started and shown its first page: a tap then opens a page at once, and a kiosk has
        /// them in memory even where no service worker can cache them (plain HTTP on a LAN). Staff
        /// tools are left to their first visit: a buyer on a slow connection should not download the
        /// studio's package codec. A chunk that cannot arrive now is fetched again when its route
        /// opens, so a failure here costs nothing; when one cannot arrive (offline), the rest would
        /// fail the same way.
        pub async fn preload_all() {
            #[cfg(all(feature = "split", target_arch = "wasm32"))]
            {
                $(
                    if $eager && $preload().await.is_err() {
                        return;
                    }
                )*
            }
        }
    };
}

on_demand! {
    (DesignRoute, design, design_page, preload_design, super::DesignPage, true),
    (MotifRoute, motif, motif_page, preload_motif, super::MotifPage, true),
    (WorkshopRoute, workshop, workshop_page, preload_workshop, super::WorkshopPage, true),
    (ShortlistRoute, shortlist, shortlist_page, preload_shortlist, super::ShortlistPage, true),
    (InquiryRoute, inquiry, inquiry_page, preload_inquiry, super::InquiryPage, true),
    (OutboxRoute, outbox, outbox_page, preload_outbox, super::OutboxPage, true),
    (OfflineRoute, offline, offline_page, preload_offline, super::OfflinePage, true),
    (StaffRoute, staff, staff_page, preload_staff, super::StaffPage, true),
    (AttractRoute, attract, attract_page, preload_attract, super::AttractPage, true),
    (CompareRoute, compare, compare_page, preload_compare, super::ComparePage, true),
    (PairsRoute, pairs, pairs_page, preload_pairs, super::PairsPage, true),
    (BoardsRoute, boards, boards_page, preload_boards, super::BoardsPage, true),
    (PrivacyRoute, privacy, privacy_page, preload_privacy, super::PrivacyPage, true),
    (MixerRoute, mixer, mixer_page, preload_mixer, super::MixerPage, true),
    (InsightsRoute, insights, insights_page, preload_insights, super::InsightsPage, false),
    (StudioRoute, studio, studio_page, preload_studio, super::StudioPage, false),
}
