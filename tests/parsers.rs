//! Every parser of data that crosses a trust boundary, fed arbitrary input: shared links, imported files,
//! what storage holds, the interface's language files. None may panic, and what each lets through stays
//! within its bounds. (The catalogue's loader has its own in tests/catalogue.rs.)
#![cfg(not(target_arch = "wasm32"))]

use perak_batankrajan::domain::ItemRef;
use perak_batankrajan::domain::browse::{BrowseQuery, QUERY_MAX_CHARS};
use perak_batankrajan::domain::inquiry::InquiryDraft;
use perak_batankrajan::domain::inquiry::outbox::{RETENTION_DAYS, parse_csv, parse_stored};
use perak_batankrajan::domain::inquiry::shortlist::{self, MAX_QTY, ShortlistItem};
use perak_batankrajan::domain::kiosk::{KioskSettings, PinThrottle};
use perak_batankrajan::domain::shared::stored::StoredForm;
use perak_batankrajan::domain::studio::boards::{self, Board, MAX_BOARDS, MAX_ITEMS, NAME_MAX};
use perak_batankrajan::domain::studio::compare::CompareQuery;
use proptest::prelude::*;

/// Text that looks like what each parser expects often enough to get past its first check: JSON
/// punctuation, the shortlist's separators, percent escapes, digits, and any character at all.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,300}",
        "[{}\\[\\]\":,0-9a-z~!%-]{0,300}",
        prop::collection::vec(
            prop_oneof![
                Just("{".to_owned()),
                Just("}".to_owned()),
                Just("\"boards\":".to_owned()),
                Just("\"format\":\"perak-boards\",".to_owned()),
                Just("\"version\":1,".to_owned()),
                Just("\"id\":".to_owned()),
                Just("\"name\":".to_owned()),
                Just("\"items\":[".to_owned()),
                Just("]".to_owned()),
                Just("~".to_owned()),
                Just("!".to_owned()),
                Just("ring-kawung".to_owned()),
                Just("sketch:kawung+mocha-warm".to_owned()),
                "[0-9]{1,12}",
                "\"[^\"]{0,20}\"",
            ],
            0..40
        )
        .prop_map(|parts| parts.concat()),
    ]
}

fn pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let key = prop_oneof![
        Just("q".to_owned()),
        Just("sort".to_owned()),
        Just("page".to_owned()),
        Just("form".to_owned()),
        Just("motif".to_owned()),
        Just("price".to_owned()),
        Just("left".to_owned()),
        Just("right".to_owned()),
        Just("mode".to_owned()),
        Just("opacity".to_owned()),
        Just("divider".to_owned()),
        ".{0,8}",
    ];
    prop::collection::vec((key, hostile()), 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn catalogue_links_are_bounded(pairs in pairs()) {
        let (q, _) = BrowseQuery::from_link(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(q.q.chars().count() <= QUERY_MAX_CHARS);
        prop_assert!(q.page >= 1);
        for values in &q.selected {
            prop_assert!(values.len() <= 50);
            for v in values {
                prop_assert!(v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{v:?}");
            }
        }
        // What the app writes back reads the same.
        let again = BrowseQuery::from_pairs(q.to_pairs().iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert_eq!(again, q);
    }

    #[test]
    fn compare_links_never_panic(pairs in pairs()) {
        let q = CompareQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(q.opacity <= 100 && q.divider <= 100);
    }

    #[test]
    fn item_keys_never_panic(s in hostile()) {
        if let Some(item) = ItemRef::parse(&s) {
            prop_assert_eq!(ItemRef::parse(&item.key()), Some(item));
        }
    }

    #[test]
    fn shortlists_from_links_and_storage_are_bounded(s in hostile()) {
        let items: Vec<ShortlistItem> = shortlist::decode(&s);
        prop_assert!(items.len() <= 100);
        for i in &items {
            prop_assert!((1..=MAX_QTY).contains(&i.qty));
            prop_assert!(i.size.as_ref().is_none_or(|s| s.chars().count() <= 40));
        }
        prop_assert_eq!(shortlist::decode(&shortlist::encode(&items)), items);
    }

    #[test]
    fn board_files_links_and_storage_are_checked(s in hostile()) {
        if let Ok(list) = boards::import(&s) {
            prop_assert!(list.len() <= MAX_BOARDS);
            for b in &list {
                prop_assert!(b.items.len() <= MAX_ITEMS);
                prop_assert!(!b.name.is_empty() && b.name.chars().count() <= NAME_MAX);
            }
        }
        let _ = boards::from_share_param(&s);
        let stored: Vec<Board> = StoredForm::from_stored(&s);
        prop_assert!(stored.len() <= MAX_BOARDS);
    }

    #[test]
    fn stored_settings_drafts_throttles_and_outboxes_never_panic(s in hostile()) {
        let k = KioskSettings::parse(&s);
        prop_assert!((RETENTION_DAYS.0..=RETENTION_DAYS.1).contains(&k.retention_days));
        prop_assert!(k.countdown_secs <= k.idle_secs.max(k.countdown_secs));
        let _ = InquiryDraft::from_stored(&s);
        let _ = PinThrottle::from_stored(&s);
        let _ = parse_stored([s.as_str()]);
        let _ = parse_csv(&s);
    }

    #[test]
    fn language_files_never_panic(s in hostile()) {
        let _ = perak_batankrajan::i18n::parse(&s);
    }
}

#[test]
fn a_link_with_ten_thousand_character_values_is_trimmed_and_says_so() {
    let long_q = "a".repeat(10_000);
    let long_form = "b".repeat(10_000);
    let (q, trimmed) =
        BrowseQuery::from_link([("q", long_q.as_str()), ("form", long_form.as_str())]);
    assert!(trimmed);
    assert_eq!(q.q.chars().count(), QUERY_MAX_CHARS);
    assert!(
        q.selected.iter().all(Vec::is_empty),
        "the unreadable value is left out"
    );
    // An ordinary link, unknown values included, is taken as it is.
    let (q, trimmed) = BrowseQuery::from_link([("q", "kawung"), ("form", "ring,spaceship")]);
    assert!(!trimmed);
    assert_eq!(q.q, "kawung");
}

#[test]
fn sizes_and_finishes_a_design_is_not_made_in_are_dropped_from_a_link() {
    use perak_batankrajan::domain::{Finish, load_from_dir};
    let c = load_from_dir(std::path::Path::new("public/data")).unwrap();
    let ring = c.design("ring-kawung").unwrap();
    let size = ring.sizes()[0].clone();
    let mut items = shortlist::decode(&format!(
        "ring-kawung~2~{size}~polished!ring-kawung~1~99 cm~gold!ring-kawung~1~XXL~"
    ));
    // "gold" is no finish at all and was dropped while reading; "99 cm" and "XXL" are not sizes of this ring.
    assert_eq!(items.len(), 3);
    let finish_offered = ring.finishes().contains(&Finish::Polished);
    let dropped = shortlist::fit(&mut items, &c);
    assert_eq!(dropped, 2 + usize::from(!finish_offered));
    assert_eq!(items[0].size.as_deref(), Some(size.as_str()));
    assert_eq!(items[1].size, None);
    assert_eq!(items[2].size, None);
}

#[test]
fn damaged_stored_values_are_told_apart_from_nothing_stored() {
    type List = Vec<ShortlistItem>;
    assert!(!<List as StoredForm>::unreadable(""));
    assert!(!<List as StoredForm>::unreadable("ring-kawung~1~~"));
    assert!(<List as StoredForm>::unreadable("{\"v\":9,\"items\":["));
    assert!(!<Vec<Board> as StoredForm>::unreadable(""));
    assert!(<Vec<Board> as StoredForm>::unreadable("{broken"));
    // A boards file from a later version is not read as if it were this one's.
    assert!(<Vec<Board> as StoredForm>::unreadable(
        r#"{"format":"perak-boards","version":2,"boards":[]}"#
    ));
    assert!(!InquiryDraft::unreadable(""));
    assert!(InquiryDraft::unreadable("[1,2"));
}

#[test]
fn storage_exceptions_are_told_apart_by_their_name() {
    use perak_batankrajan::platform::outbox_store::StoreError;
    assert_eq!(
        StoreError::named("QuotaExceededError", "x".into()),
        StoreError::Quota("x".into())
    );
    for refused in ["SecurityError", "InvalidStateError", "NotAllowedError"] {
        assert_eq!(
            StoreError::named(refused, "x".into()),
            StoreError::Unavailable("x".into())
        );
    }
    // Not by the message: a translated or reworded one mentioning a quota is still another error.
    assert_eq!(
        StoreError::named("UnknownError", "Quota exceeded".into()),
        StoreError::Other("Quota exceeded".into())
    );
}

#[test]
fn texts_only_on_demand_pages_show_are_told_apart_from_the_first_modules() {
    // build.rs decides from the sources which texts arrive with the pages loaded on demand (this file is
    // not among those it reads). The design page's and the inquiry form's own texts are; the frame's,
    // home's, the catalogue's and those of the notices that stand in for a missing page never wait for
    // a file.
    use perak_batankrajan::i18n::{KEY_COUNT, ON_DEMAND_KEYS};
    for key in ["shortlist_add", "sketch_add_shortlist", "lang_option_de"] {
        assert!(ON_DEMAND_KEYS.contains(&key), "{key}");
    }
    for key in [
        "card_by",
        "home_heading",
        "loading",
        "chunk_failed_title",
        "error_retry",
        "error_title",
        "studio_title",
    ] {
        assert!(!ON_DEMAND_KEYS.contains(&key), "{key}");
    }
    assert!(ON_DEMAND_KEYS.len() > KEY_COUNT / 2);
}
