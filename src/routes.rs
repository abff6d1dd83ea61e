//! Every address of the app in one place: the route table, and a typed link builder per route.
//!
//! Pages and components build no URL strings of their own (`tests/architecture.rs` checks it), and every
//! query value goes through one encoder, the domain's `percent_encode`. The builders are plain Rust, so
//! native tests pin the links that buyers share and that stored state points to.

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route};
use leptos_router::{Lazy, path};

use crate::domain::browse::BrowseQuery;
use crate::domain::inquiry::shortlist::{self, ShortlistItem};
use crate::domain::shared::encoding::percent_encode;
use crate::domain::studio::compare::CompareQuery;
use crate::domain::studio::mixer::Mix;
use crate::domain::{Finish, ItemRef, Lang};
use crate::pages::{
    AttractRoute, BoardsRoute, CataloguePage, CompareRoute, DesignRoute, HomePage, InquiryRoute,
    InsightsRoute, MixerRoute, MotifRoute, NotFoundPage, OfflineRoute, OutboxRoute, PairsRoute,
    PrivacyRoute, ShortlistRoute, StaffRoute, StudioRoute, WorkshopRoute,
};

pub const HOME: &str = "/";
pub const CATALOGUE: &str = "/catalogue";
pub const SHORTLIST: &str = "/shortlist";
pub const INQUIRY: &str = "/inquiry";
pub const OUTBOX: &str = "/outbox";
pub const OFFLINE: &str = "/offline";
pub const STAFF: &str = "/staff";
pub const ATTRACT: &str = "/attract";
pub const COMPARE: &str = "/compare";
pub const PAIRS: &str = "/pairs";
pub const BOARDS: &str = "/boards";
pub const PRIVACY: &str = "/privacy";
pub const MIXER: &str = "/mixer";
pub const INSIGHTS: &str = "/insights";
pub const STUDIO: &str = "/studio";

/// The route table. Home and the catalogue are in the first module; every other page arrives on
/// demand (`pages::on_demand`).
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <FlatRoutes fallback=NotFoundPage>
            <Route path=path!("/") view=HomePage />
            <Route path=path!("/catalogue") view=CataloguePage />
            <Route path=path!("/designs/:id") view={Lazy::<DesignRoute>::new()} />
            <Route path=path!("/motifs/:id") view={Lazy::<MotifRoute>::new()} />
            <Route path=path!("/workshops/:id") view={Lazy::<WorkshopRoute>::new()} />
            <Route path=path!("/shortlist") view={Lazy::<ShortlistRoute>::new()} />
            <Route path=path!("/inquiry") view={Lazy::<InquiryRoute>::new()} />
            <Route path=path!("/outbox") view={Lazy::<OutboxRoute>::new()} />
            <Route path=path!("/offline") view={Lazy::<OfflineRoute>::new()} />
            <Route path=path!("/staff") view={Lazy::<StaffRoute>::new()} />
            <Route path=path!("/attract") view={Lazy::<AttractRoute>::new()} />
            <Route path=path!("/compare") view={Lazy::<CompareRoute>::new()} />
            <Route path=path!("/pairs") view={Lazy::<PairsRoute>::new()} />
            <Route path=path!("/boards") view={Lazy::<BoardsRoute>::new()} />
            <Route path=path!("/privacy") view={Lazy::<PrivacyRoute>::new()} />
            <Route path=path!("/mixer") view={Lazy::<MixerRoute>::new()} />
            <Route path=path!("/insights") view={Lazy::<InsightsRoute>::new()} />
            <Route path=path!("/studio") view={Lazy::<StudioRoute>::new()} />
        </FlatRoutes>
    }
}

/// `path?k=v&…`, or the bare path when there is nothing to add.
fn with_query<K: AsRef<str>, V: AsRef<str>>(path: &str, pairs: &[(K, V)]) -> String {
    let mut url = path.to_owned();
    for (i, (k, v)) in pairs.iter().enumerate() {
        url.push(if i == 0 { '?' } else { '&' });
        url.push_str(&percent_encode(k.as_ref()));
        url.push('=');
        url.push_str(&percent_encode(v.as_ref()));
    }
    url
}

/// The catalogue showing this search, these filters, this order and page.
pub fn catalogue(query: &BrowseQuery) -> String {
    with_query(CATALOGUE, &query.to_pairs())
}

/// Whether `href` is a catalogue address of this app (with or without a query): where a remembered
/// "back to the catalogue" may lead, and nothing else that storage might hold.
pub fn is_catalogue(href: &str) -> bool {
    href == CATALOGUE
        || href
            .strip_prefix(CATALOGUE)
            .is_some_and(|q| q.starts_with('?'))
}

pub fn design(id: &str) -> String {
    format!("/designs/{}", percent_encode(id))
}

/// A design with the variant a buyer chose, so that a reload or a shared link shows the same one.
pub fn design_variant(id: &str, finish: Finish, size: Option<&str>) -> String {
    let mut pairs = vec![("finish", finish.key().to_owned())];
    if let Some(size) = size {
        pairs.push(("size", size.to_owned()));
    }
    with_query(&design(id), &pairs)
}

pub fn motif(id: &str) -> String {
    format!("/motifs/{}", percent_encode(id))
}

pub fn workshop(id: &str) -> String {
    format!("/workshops/{}", percent_encode(id))
}

/// The inquiry form with these lines filled in.
pub fn inquiry_for(items: &[ShortlistItem]) -> String {
    with_query(INQUIRY, &[("items", shortlist::encode(items))])
}

/// A shortlist shared as a link, absolute so that it opens on another device, in the sender's language.
pub fn shortlist_shared(origin: &str, items: &[ShortlistItem]) -> String {
    format!(
        "{origin}{}",
        localized(with_query(
            SHORTLIST,
            &[("items", shortlist::encode(items))]
        ))
    )
}

/// The mixer showing this configuration; `from` is the catalogue item it started from, `vary` the seed
/// of the variations grid when it is open.
pub fn mixer(mix: &Mix, from: Option<&ItemRef>, vary: Option<u64>) -> String {
    let mut pairs: Vec<(&str, String)> = from.map(|f| ("from", f.key())).into_iter().collect();
    pairs.extend(mix.to_pairs());
    pairs.extend(vary.map(|v| ("vary", v.to_string())));
    with_query(MIXER, &pairs)
}

/// A mixer design as a link for another device, in the sender's language (without the variations grid).
pub fn mixer_shared(origin: &str, mix: &Mix, from: Option<&ItemRef>) -> String {
    format!("{origin}{}", localized(mixer(mix, from, None)))
}

/// The mixer starting from a catalogue item, with that item's own configuration.
pub fn mixer_from(item: &ItemRef) -> String {
    with_query(MIXER, &[("from", item.key())])
}

/// One studio draft, by its uid on this device.
pub fn studio_draft(uid: &str) -> String {
    with_query(STUDIO, &[("draft", uid)])
}

/// The studio starting a new draft from a mixer design, when a maker decides to make it.
pub fn studio_from_mix(mix: &Mix) -> String {
    with_query(STUDIO, &[("mix", mix.key())])
}

/// The outbox, pointing at the entry just saved.
pub fn outbox_saved(entry_id: &str) -> String {
    with_query(OUTBOX, &[("saved", entry_id)])
}

/// The compare studio with both sides, the mode and the view as chosen.
pub fn compare(query: &CompareQuery) -> String {
    with_query(COMPARE, &query.to_pairs())
}

/// A board shared as a link: the whole board travels in the address. `origin` makes it absolute, for
/// a link that must work on another device.
pub fn board_shared(origin: &str, share_param: &str) -> String {
    format!(
        "{origin}{}",
        localized(with_query(BOARDS, &[("shared", share_param)]))
    )
}

/// The language an address names by its first segment (`/de/designs/x`), and the rest of the address
/// as the routes know it (`/designs/x`). Indonesian needs no prefix but `/id/` is read too.
pub fn split_lang(path: &str) -> (Option<Lang>, &str) {
    let Some(after) = path.strip_prefix('/') else {
        return (None, path);
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let segment = &after[..end];
    match Lang::ALL.into_iter().find(|l| l.code() == segment) {
        Some(lang) => {
            let rest = &after[end..];
            (Some(lang), if rest.is_empty() { HOME } else { rest })
        }
        None => (None, path),
    }
}

/// The prefix the router's base takes for a language (`/de`); none for Indonesian.
pub fn lang_base(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "",
        Lang::En => "/en",
        Lang::De => "/de",
        Lang::Fr => "/fr",
        Lang::Nl => "/nl",
    }
}

/// `path` (an address without a language) as a reader of `lang` opens it: `/de/designs/x`.
pub fn in_lang(lang: Lang, path: &str) -> String {
    under(lang_base(lang), path)
}

/// `path` below a router base (`/de`, or none).
fn under(base: &str, path: &str) -> String {
    match path.strip_prefix('/') {
        // `/?q` and `/` keep their slash: the router's base is a whole segment.
        Some(rest) if rest.is_empty() || rest.starts_with(['?', '#']) => format!("{base}/{rest}"),
        _ => format!("{base}{path}"),
    }
}

/// The same address in another language: the prefix swapped, the path, query and fragment kept.
pub fn switch_lang(current: &str, lang: Lang) -> String {
    in_lang(lang, split_lang(current).1)
}

/// An app address for `<A href>`, with the router's base (the language prefix) before it: the router
/// applies its base when it navigates, but draws an absolute `href` as given, and a click on a link
/// outside the base would load the whole app again.
pub fn localized(path: impl AsRef<str>) -> String {
    let base = use_context::<RouterBase>().map_or("", |b| b.0);
    under(base, path.as_ref())
}

/// The base the router was mounted with, for `localized` (the router keeps its own to itself).
#[derive(Clone, Copy, Debug)]
pub struct RouterBase(pub &'static str);

/// The address of a route without its language prefix, for comparing with the constants above.
pub fn without_lang(path: &str) -> &str {
    split_lang(path).1
}

/// The router's base for an address: its language prefix as written (`/id` too), or none.
pub fn base_of(path: &str) -> &'static str {
    match split_lang(path).0 {
        Some(Lang::Id) => "/id",
        Some(lang) => lang_base(lang),
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_prefix_is_read_and_written() {
        assert_eq!(
            split_lang("/de/designs/x?finish=matte"),
            (Some(Lang::De), "/designs/x?finish=matte")
        );
        assert_eq!(split_lang("/fr"), (Some(Lang::Fr), HOME));
        assert_eq!(split_lang("/nl?q=1"), (Some(Lang::Nl), "?q=1"));
        assert_eq!(split_lang("/id/catalogue"), (Some(Lang::Id), CATALOGUE));
        // A route that merely starts like a language code is not one.
        assert_eq!(split_lang("/designs/de"), (None, "/designs/de"));
        assert_eq!(split_lang("/denim"), (None, "/denim"));
        assert_eq!(in_lang(Lang::De, "/designs/x"), "/de/designs/x");
        assert_eq!(in_lang(Lang::De, HOME), "/de/");
        assert_eq!(in_lang(Lang::Id, "/designs/x"), "/designs/x");
        assert_eq!(
            switch_lang("/de/catalogue?q=kawung#top", Lang::Fr),
            "/fr/catalogue?q=kawung#top"
        );
        assert_eq!(
            switch_lang("/fr/catalogue?q=kawung", Lang::Id),
            "/catalogue?q=kawung"
        );
        assert_eq!(switch_lang("/catalogue", Lang::Nl), "/nl/catalogue");
        assert_eq!(base_of("/id/outbox"), "/id");
        assert_eq!(base_of("/outbox"), "");
        assert_eq!(without_lang("/en/attract"), ATTRACT);
    }
}
