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

/// Declares a route whose page is built by the chunk `$chunk`: the lazily loaded function builds
/// the page's view, the route's view waits for it and shows [`ChunkFailed`] if it could not arrive.
macro_rules! on_demand {
    ($(#[$doc:meta])* $route:ident, $chunk:ident, $build:ident, $page:path) => {
        $(#[$doc])*
        pub struct $route;

        #[cfg_attr(
            all(feature = "split", target_arch = "wasm32"),
            wasm_split_helpers::wasm_split($chunk, fallible)
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
    };
}

on_demand!(DesignRoute, design, design_page, super::DesignPage);
on_demand!(MotifRoute, motif, motif_page, super::MotifPage);
on_demand!(WorkshopRoute, workshop, workshop_page, super::WorkshopPage);
on_demand!(
    ShortlistRoute,
    shortlist,
    shortlist_page,
    super::ShortlistPage
);
on_demand!(InquiryRoute, inquiry, inquiry_page, super::InquiryPage);
on_demand!(OutboxRoute, outbox, outbox_page, super::OutboxPage);
on_demand!(OfflineRoute, offline, offline_page, super::OfflinePage);
on_demand!(StaffRoute, staff, staff_page, super::StaffPage);
on_demand!(AttractRoute, attract, attract_page, super::AttractPage);
on_demand!(CompareRoute, compare, compare_page, super::ComparePage);
on_demand!(PairsRoute, pairs, pairs_page, super::PairsPage);
on_demand!(BoardsRoute, boards, boards_page, super::BoardsPage);
