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
    ($(#[$doc:meta])* $route:ident, $chunk:ident, $build:ident, $preload:ident, $page:path) => {
        $(#[$doc])*
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
    };
}

on_demand!(
    DesignRoute,
    design,
    design_page,
    preload_design,
    super::DesignPage
);
on_demand!(
    MotifRoute,
    motif,
    motif_page,
    preload_motif,
    super::MotifPage
);
on_demand!(
    WorkshopRoute,
    workshop,
    workshop_page,
    preload_workshop,
    super::WorkshopPage
);
on_demand!(
    ShortlistRoute,
    shortlist,
    shortlist_page,
    preload_shortlist,
    super::ShortlistPage
);
on_demand!(
    InquiryRoute,
    inquiry,
    inquiry_page,
    preload_inquiry,
    super::InquiryPage
);
on_demand!(
    OutboxRoute,
    outbox,
    outbox_page,
    preload_outbox,
    super::OutboxPage
);
on_demand!(
    OfflineRoute,
    offline,
    offline_page,
    preload_offline,
    super::OfflinePage
);
on_demand!(
    StaffRoute,
    staff,
    staff_page,
    preload_staff,
    super::StaffPage
);
on_demand!(
    AttractRoute,
    attract,
    attract_page,
    preload_attract,
    super::AttractPage
);
on_demand!(
    CompareRoute,
    compare,
    compare_page,
    preload_compare,
    super::ComparePage
);
on_demand!(
    PairsRoute,
    pairs,
    pairs_page,
    preload_pairs,
    super::PairsPage
);
on_demand!(
    BoardsRoute,
    boards,
    boards_page,
    preload_boards,
    super::BoardsPage
);

/// Fetches every route's chunk, one after another, once the app has started and shown its first page:
/// a tap then opens a page at once, and a kiosk has everything in memory even where no service worker
/// can cache it (plain HTTP on a LAN). A chunk that cannot arrive now is fetched again when its route
/// opens, so a failure here costs nothing.
pub async fn preload_all() {
    // One after another; when one cannot arrive (offline), the rest would fail the same way.
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    {
        macro_rules! in_turn {
            ($($preload:ident),*) => {
                $(if $preload().await.is_err() {
                    return;
                })*
            };
        }
        in_turn!(
            preload_design,
            preload_motif,
            preload_workshop,
            preload_shortlist,
            preload_inquiry,
            preload_outbox,
            preload_offline,
            preload_staff,
            preload_attract,
            preload_compare,
            preload_pairs,
            preload_boards
        );
    }
}
