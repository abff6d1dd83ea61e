//! Exhibition insights, natively: what an event counts, merging exports, reading them back.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

use perak_batankrajan::domain::inquiry::shortlist::ShortlistItem;
use perak_batankrajan::domain::inquiry::{InquiryDraft, Route, validate};
use perak_batankrajan::domain::insights::{
    DayCounts, Event, ImportProblem, conversion_percent, country_key, design_interest, export_csv,
    export_json, import, merge, per_day, ranked, totals,
};
use perak_batankrajan::domain::studio::mixer::Mix;
use perak_batankrajan::domain::{Catalogue, ItemRef, load_from_dir};
use proptest::prelude::*;

fn catalogue() -> Catalogue {
    load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")).unwrap()
}

fn day(device: &str, day: &str, counts: &[(&str, u64)]) -> DayCounts {
    DayCounts {
        device: device.into(),
        day: day.into(),
        counts: counts.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect(),
    }
}

fn an_inquiry(c: &Catalogue) -> perak_batankrajan::domain::inquiry::Inquiry {
    let draft = InquiryDraft {
        name: "Ayu Lestari".into(),
        company: "Toko Ayu".into(),
        country: "  belanda ".into(),
        email: "ayu@example.co.id".into(),
        whatsapp: "+62 812 3456 7890".into(),
        language: "nl".into(),
        message: "Saya ingin memesan cincin.".into(),
        consent: true,
        route: Route::Endpoint,
        website: "".into(),
        items: vec![
            ShortlistItem {
                item: ItemRef::design("ring-kawung"),
                qty: 2,
                size: None,
                finish: None,
            },
            ShortlistItem {
                item: ItemRef::Mix(Mix::default()),
                qty: 1,
                size: None,
                finish: None,
            },
        ],
        currency: None,
    };
    validate(&draft, c).unwrap()
}

#[test]
fn an_inquiry_counts_what_it_asks_about_the_country_and_language_and_nothing_personal() {
    let c = catalogue();
    let counters = Event::Inquired((&an_inquiry(&c)).into()).counters(&c);
    for expected in [
        "inquiry",
        "inquiry.design.ring-kawung",
        "inquiry.form.ring",
        "inquiry.motif.kawung",
        "inquiry.country.Belanda",
        "inquiry.language.nl",
        "inquiry.custom.mix:pendant.majapahit_sun.8.3.casting.polished.925.100",
        "inquiry.form.pendant",
    ] {
        assert!(
            counters.iter().any(|k| k == expected),
            "{expected} in {counters:?}"
        );
    }
    assert!(counters.iter().any(|k| k.starts_with("inquiry.price.")));
    assert!(counters.iter().any(|k| k.starts_with("inquiry.technique.")));
    let all = counters.join(" ");
    for personal in ["Ayu", "Lestari", "example", "812", "Toko", "memesan"] {
        assert!(!all.contains(personal), "{personal} in {all}");
    }
}

#[test]
fn views_compares_shortlists_and_kept_mixes_have_their_counters() {
    let c = catalogue();
    let kawung = ItemRef::design("ring-kawung");
    assert_eq!(
        Event::Viewed(kawung.clone()).counters(&c),
        vec!["view.design.ring-kawung"]
    );
    assert_eq!(
        Event::Viewed(ItemRef::sketch("kawung", "chunky-organic")).counters(&c),
        vec!["view.pair.kawung+chunky-organic"]
    );
    assert_eq!(
        Event::Compared(ItemRef::motif("kawung"), ItemRef::trend("chunky-organic")).counters(&c),
        vec!["compare", "compared.m:kawung", "compared.t:chunky-organic"]
    );
    assert_eq!(
        Event::Shortlisted(kawung).counters(&c),
        vec!["shortlist.ring-kawung"]
    );
    assert_eq!(
        Event::MixKept(ItemRef::Mix(Mix::default())).counters(&c),
        vec!["mix_kept.mix:pendant.majapahit_sun.8.3.casting.polished.925.100"]
    );
}

#[test]
fn countries_are_counted_as_one_however_they_are_typed() {
    assert_eq!(country_key("  indonesia "), "Indonesia");
    assert_eq!(country_key("NEW   zealand"), "New Zealand");
    assert_eq!(country_key("côte d'ivoire"), "Côte D'ivoire");
    assert_eq!(country_key(&"x".repeat(80)), "", "not a country");
}

#[test]
fn totals_rankings_days_and_conversion() {
    let days = vec![
        day(
            "a",
            "2026-12-01",
            &[
                ("view.design.ring-kawung", 4),
                ("shortlist.ring-kawung", 1),
                ("inquiry.design.ring-kawung", 1),
            ],
        ),
        day(
            "b",
            "2026-12-01",
            &[
                ("view.design.pendant-padma", 6),
                ("shortlist.sketch:kawung+chunky-organic", 2),
            ],
        ),
        day(
            "a",
            "2026-12-02",
            &[("view.design.ring-kawung", 2), ("view.motif.kawung", 3)],
        ),
    ];
    let t = totals(&days);
    assert_eq!(t["view.design.ring-kawung"], 6);
    assert_eq!(
        ranked(&t, "view.design."),
        vec![
            ("ring-kawung".to_owned(), 6),
            ("pendant-padma".to_owned(), 6)
        ]
        .into_iter()
        .rev()
        .collect::<Vec<_>>(),
        "largest first, ties by name"
    );
    let interest = design_interest(&t);
    assert_eq!(interest["ring-kawung"], 7);
    assert_eq!(interest["pendant-padma"], 6);
    assert!(
        !interest.keys().any(|k| k.contains(':')),
        "custom requests are not designs"
    );
    assert_eq!(
        per_day(&days, "view."),
        vec![("2026-12-01".to_owned(), 10), ("2026-12-02".to_owned(), 5)]
    );
    let p = conversion_percent(&t).unwrap();
    assert!((p - 100.0 / 12.0).abs() < 1e-9, "{p}");
    assert_eq!(conversion_percent(&BTreeMap::new()), None);
}

#[test]
fn exports_read_back_and_the_same_file_twice_changes_nothing() {
    let days = vec![
        day(
            "0f8e2c1a-1111-4222-8333-444455556666",
            "2026-12-01",
            &[
                ("view.design.ring-kawung", 4),
                ("inquiry.country.Korea, Republic Of", 1),
            ],
        ),
        day(
            "0f8e2c1a-1111-4222-8333-444455556666",
            "2026-12-02",
            &[("inquiry", 2)],
        ),
    ];
    let json = export_json(&days);
    assert_eq!(import(&json).unwrap(), days);
    let csv = export_csv(&days);
    assert!(
        csv.contains("\"inquiry.country.Korea, Republic Of\""),
        "a comma is quoted: {csv}"
    );
    assert_eq!(import(&csv).unwrap(), days);
    let once = merge(&days, &import(&json).unwrap());
    assert_eq!(once, days, "deduplicated by device and day");

    // Another kiosk's day adds to the report.
    let other = vec![day(
        "9a9a9a9a-1111-4222-8333-444455556666",
        "2026-12-01",
        &[("view.design.ring-kawung", 3)],
    )];
    let report = merge(&days, &import(&export_json(&other)).unwrap());
    assert_eq!(totals(&report)["view.design.ring-kawung"], 7);
}

#[test]
fn a_file_that_is_not_an_export_is_damaged_or_newer_is_refused_by_name() {
    assert_eq!(import("hello"), Err(ImportProblem::NotAnExport));
    assert_eq!(
        import(r#"{"format":"perak-boards","version":1,"boards":[]}"#),
        Err(ImportProblem::NotAnExport)
    );
    assert_eq!(
        import(r#"{"format":"perak-insights","version":2,"days":[]}"#),
        Err(ImportProblem::NewerVersion { found: 2 })
    );
    for damaged in [
        r#"{"format":"perak-insights","version":1,"days":[{"device":"a","day":"2026-13-01","counts":{}}]}"#,
        r#"{"format":"perak-insights","version":1,"days":[{"device":"a b","day":"2026-12-01","counts":{}}]}"#,
        r#"{"format":"perak-insights","version":1,"days":[{"device":"a","day":"2026-12-01","counts":{"x":-1}}]}"#,
        r#"{"format":"perak-insights","version":1,"days":[{"#,
        "device,day,counter,count\r\na,2026-12-01,view.design.x,many\r\n",
        "device,day,counter,count\r\na,2026-12-01,view.design.x\r\n",
    ] {
        assert!(
            matches!(import(damaged), Err(ImportProblem::Damaged { .. })),
            "{damaged}: {:?}",
            import(damaged)
        );
    }
    assert_eq!(
        import(&" ".repeat(9 * 1024 * 1024)),
        Err(ImportProblem::TooLarge { max_mb: 8 })
    );
}

fn any_report() -> impl Strategy<Value = Vec<DayCounts>> {
    proptest::collection::vec(
        (
            0..3usize,
            1..4u32,
            proptest::collection::btree_map(0..5usize, 0..20u64, 0..4),
        )
            .prop_map(|(device, d, counts)| DayCounts {
                device: ["a", "b", "c"][device].into(),
                day: format!("2026-12-0{d}"),
                counts: counts
                    .into_iter()
                    .map(|(k, n)| (format!("view.design.d{k}"), n))
                    .collect(),
            }),
        0..6,
    )
    .prop_map(|days| merge(&days, &[]))
}

proptest! {
    /// Kiosks' exports can be merged in any grouping and order, and a file merged twice counts once.
    #[test]
    fn merging_is_associative_commutative_and_idempotent(a in any_report(), b in any_report(), c in any_report()) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
        prop_assert_eq!(merge(&a, &a), a.clone());
        prop_assert_eq!(merge(&merge(&a, &b), &b), merge(&a, &b));
    }

    /// Reading never panics on any text.
    #[test]
    fn any_text_is_imported_or_refused(text in ".{0,200}") {
        let _ = import(&text);
        let _ = import(&format!("device,day,counter,count\r\n{text}"));
        let _ = import(&format!("{{\"format\":\"perak-insights\",\"version\":1,{text}"));
    }
}

#[test]
fn rankings_give_motifs_and_forms_the_interest_of_their_designs_and_custom_requests_their_asks() {
    let c = catalogue();
    let kawung_ring = c.design("ring-kawung").unwrap();
    let days = vec![
        day(
            "a",
            "2026-12-01",
            &[
                ("view.design.ring-kawung", 3),
                ("shortlist.ring-kawung", 1),
                ("view.motif.padma", 2),
                ("inquiry", 2),
                ("inquiry.design.ring-kawung", 1),
                ("inquiry.form.ring", 1),
                ("inquiry.custom.sketch:kawung+chunky-organic", 1),
                ("mix_kept.mix:ring.lotus.12.4.filigree.oxidised.950.110", 2),
            ],
        ),
        day(
            "b",
            "2026-12-02",
            &[("inquiry", 1), ("inquiry.country.Belanda", 1)],
        ),
    ];
    let r = perak_batankrajan::domain::insights::rankings(&totals(&days), &c, 8);
    let row = |v: &[perak_batankrajan::domain::insights::Ranked], k: &str| {
        v.iter()
            .find(|x| x.key == k)
            .map(|x| (x.interest, x.inquiries))
    };
    assert_eq!(row(&r.designs, "ring-kawung"), Some((4, 1)));
    for m in &kawung_ring.motifs {
        assert_eq!(
            row(&r.motifs, m).map(|x| x.0),
            Some(4),
            "{m} through its design"
        );
    }
    assert_eq!(row(&r.motifs, "padma"), Some((2, 0)), "its own page");
    assert_eq!(row(&r.forms, "ring"), Some((4, 1)));
    assert_eq!(
        r.custom
            .iter()
            .map(|x| (x.key.as_str(), x.interest, x.inquiries))
            .collect::<Vec<_>>(),
        vec![
            ("sketch:kawung+chunky-organic", 0, 1),
            ("mix:ring.lotus.12.4.filigree.oxidised.950.110", 2, 0),
        ],
        "asked for first"
    );
    let one = perak_batankrajan::domain::insights::rankings(&totals(&days), &c, 1);
    assert_eq!(one.designs.len(), 1);
    // A day's inquiries are the inquiries, not every counter about them.
    assert_eq!(
        perak_batankrajan::domain::insights::per_day_of(&days, "inquiry"),
        vec![("2026-12-01".to_owned(), 2), ("2026-12-02".to_owned(), 1)]
    );
}
