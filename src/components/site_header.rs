use leptos::html::Nav;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::LangSwitch;
use crate::domain::inquiry::shortlist;
use crate::i18n::td_string;
use crate::platform::scroll::reveal_sideways;
use crate::routes;
use crate::state::{pending, tr, use_catalogue, use_kiosk, use_outbox, use_shortlist};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let shortlist = use_shortlist();
    let catalogue = use_catalogue();
    let outbox = use_outbox();
    let kiosk = use_kiosk();
    // On a phone the links are one row that scrolls sideways; the current page's link is brought into
    // it, so that "Kotak keluar" is not off the edge while it is the page shown. After a frame, once
    // the links have moved `aria-current` to the new page.
    let nav: NodeRef<Nav> = NodeRef::new();
    let pathname = use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        request_animation_frame(move || {
            if let Some(nav) = nav.get_untracked() {
                // Clear of the row's fading end (1.5rem, see the phone header's CSS).
                reveal_sideways(&nav, "a[aria-current=page]", 24.0);
            }
        });
    });
    view! {
        <a class="skip-link" href="#main">{tr(|l| td_string!(l, skip_to_content))}</a>
        <header class="site-header">
            <A href=routes::localized(routes::HOME) attr:class="brand">
                <img class="brand-mark" src="/icons/mark.svg" alt="" width="40" height="40" />
                <span class="brand-text">
                    <span class="brand-name">{tr(|l| td_string!(l, app_name))}</span>
                    <span class="brand-tagline">{tr(|l| td_string!(l, app_tagline))}</span>
                </span>
            </A>
            <nav node_ref=nav aria-label=tr(|l| td_string!(l, nav_label))>
                <A href=routes::localized(routes::HOME) exact=true>{tr(|l| td_string!(l, nav_home))}</A>
                <A href=routes::localized(routes::CATALOGUE)>{tr(|l| td_string!(l, nav_catalogue))}</A>
                <A href=routes::localized(routes::COMPARE)>{tr(|l| td_string!(l, nav_compare))}</A>
                <A href=routes::localized(routes::SHORTLIST)>
                    {tr(|l| td_string!(l, nav_shortlist))}
                    <span class="nav-count">{move || {
                        // Only what the shortlist page shows: items whose design left the catalogue are not counted.
                        let n = match catalogue.get() {
                            Some(Ok(c)) => shortlist.items_with(|items| shortlist::known(items, &c).map(|i| i.qty).sum::<u32>()),
                            _ => shortlist.count(),
                        };
                        (n > 0).then(|| n.to_string())
                    }}</span>
                </A>
                // Other visitors' inquiries are not for a kiosk's visitors; staff reach them from the staff screen.
                <Show when=move || !kiosk.enabled()>
                    <A href=routes::localized(routes::OUTBOX)>
                        {tr(|l| td_string!(l, nav_outbox))}
                        <span class="nav-count">{move || { let n = outbox.entries().with(|e| pending(e)); (n > 0).then(|| n.to_string()) }}</span>
                    </A>
                </Show>
            </nav>
            <LangSwitch />
        </header>
    }
}
