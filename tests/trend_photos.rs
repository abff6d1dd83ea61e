//! Photos of trend references, natively: the loader's rule that somebody else's photo carries its
//! source and licence, the studio's trend draft, the edits of a photo list, and the package that
//! carries a trend's photos to another device (format 2) while a package of designs alone stays
//! readable by older kiosks (format 1).
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;

use std::io::{Cursor, Read};

use domain_support::catalogue;
use perak_batankrajan::domain::catalogue::loader::{
    designs_file, trends_file, with_designs_file, with_trends_file,
};
use perak_batankrajan::domain::catalogue::model::{Photo, PhotoCredit, photo_files};
use perak_batankrajan::domain::catalogue::overlay::{Overlay, OverlayChange};
use perak_batankrajan::domain::studio::package::{
    Manifest, PackageProblem, TRENDS_ENTRY, build, preview, read,
};
use perak_batankrajan::domain::studio::photos::{PhotoEdit, photo};
use perak_batankrajan::domain::studio::trend_draft::TrendDraft;
use perak_batankrajan::domain::{Catalogue, Fetched, Lang, Problem};

const CREATED: &str = "2026-12-05T10:00:00Z";
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];

fn credited(id: &str) -> Photo {
    let mut p = photo(id, 1600, 1200, "#998877", &[400, 960]);
    p.alt.set(Lang::Id, "Tiga cincin tumpuk".into());
    p.alt.set(Lang::En, "Three stacked rings".into());
    p.credit = Some(PhotoCredit {
        source: "  Dewi Lestari ".into(),
        licence: "CC BY 4.0".into(),
    });
    p
}

fn trend_draft(c: &Catalogue) -> TrendDraft {
    let mut d = TrendDraft::new("t1".into(), &c.trends[1]);
    d.photos.push(credited("f00d01"));
    d
}

fn files(d: &TrendDraft) -> Vec<(String, Vec<u8>)> {
    photo_files(&d.photos)
        .into_iter()
        .map(|p| (p.to_owned(), JPEG.to_vec()))
        .collect()
}

fn entry(zip: &[u8], name: &str) -> Option<String> {
    let mut z = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    let mut text = String::new();
    z.by_name(name).ok()?.read_to_string(&mut text).unwrap();
    Some(text)
}

#[test]
fn a_trend_photo_without_source_or_licence_is_named_by_field() {
    let c = catalogue();
    let mut d = trend_draft(&c);
    d.photos[0].credit = None;
    let fields: Vec<String> = d
        .check(&c)
        .unwrap_err()
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(
        fields,
        ["photos[0].credit.source", "photos[0].credit.licence"]
    );
    // Spaces alone are no credit either.
    d.photos[0].credit = Some(PhotoCredit {
        source: "   ".into(),
        licence: "CC0".into(),
    });
    let problems = d.check(&c).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field, "photos[0].credit.source");
    assert_eq!(problems[0].problem, Problem::MissingField);
}

#[test]
fn a_checked_trend_keeps_its_text_and_takes_the_photos_with_trimmed_credits() {
    let c = catalogue();
    let trend = trend_draft(&c).check(&c).unwrap();
    let here = &c.trends[1];
    assert_eq!(
        (&trend.id, &trend.name, &trend.sources),
        (&here.id, &here.name, &here.sources)
    );
    assert_eq!(trend.photos.len(), 1);
    assert_eq!(
        trend.photos[0].credit.as_ref().unwrap().source,
        "Dewi Lestari"
    );
}

#[test]
fn a_draft_of_a_trend_the_catalogue_no_longer_has_says_so() {
    let c = catalogue();
    let mut d = trend_draft(&c);
    d.trend = "gone-trend".into();
    let problems = d.check(&c).unwrap_err();
    assert_eq!(problems[0].field, "trend");
}

#[test]
fn the_shipped_loader_refuses_an_uncredited_trend_photo_and_reads_a_credited_one() {
    let c = catalogue();
    let mut trends = c.trends.clone();
    trends[0].photos = vec![credited("beef01")];
    let good = with_trends_file(&c, Fetched::Text(trends_file(&trends))).unwrap();
    assert_eq!(
        good.trends[0].photos[0].credit.as_ref().unwrap().licence,
        "CC BY 4.0"
    );
    trends[0].photos[0].credit = None;
    let errors = with_trends_file(&c, Fetched::Text(trends_file(&trends))).unwrap_err();
    let fields: Vec<Option<&str>> = errors.iter().map(|e| e.field.as_deref()).collect();
    assert_eq!(
        fields,
        [
            Some("photos[0].credit.source"),
            Some("photos[0].credit.licence")
        ]
    );
}

#[test]
fn a_design_photo_needs_no_credit_but_may_carry_one() {
    let c = catalogue();
    let mut designs = c.designs.clone();
    let mut own = credited("beef02");
    own.credit = None;
    let mut credited_design = credited("beef03");
    credited_design.credit.as_mut().unwrap().source = "Studio Foto Mojokerto".into();
    designs[0].photos = vec![own];
    designs[1].photos = vec![credited_design];
    let loaded = with_designs_file(&c, Fetched::Text(designs_file(&designs))).unwrap();
    assert_eq!(loaded.designs[0].photos[0].credit, None);
    assert_eq!(
        loaded.designs[1].photos[0].credit.as_ref().unwrap().source,
        "Studio Foto Mojokerto"
    );
}

#[test]
fn photo_edits_change_one_photo_and_name_their_field() {
    let mut ps = vec![credited("a1"), credited("b2")];
    let edit = PhotoEdit::CreditLicence(1, "with permission".into());
    assert_eq!(edit.field(), "photos[1].credit.licence");
    assert_eq!(edit.apply(&mut ps), None);
    assert_eq!(ps[1].credit.as_ref().unwrap().licence, "with permission");
    assert_eq!(ps[0].credit.as_ref().unwrap().licence, "CC BY 4.0");

    let mut bare = vec![photo("c3", 800, 600, "#000000", &[400])];
    PhotoEdit::CreditSource(0, "Majalah Kriya".into()).apply(&mut bare);
    let credit = bare[0].credit.clone().unwrap();
    assert_eq!(
        (credit.source.as_str(), credit.licence.as_str()),
        ("Majalah Kriya", "")
    );

    PhotoEdit::Alt(0, Lang::De, "Drei Ringe".into()).apply(&mut ps);
    assert_eq!(ps[0].alt.de.as_deref(), Some("Drei Ringe"));
    PhotoEdit::Move { from: 1, to: 0 }.apply(&mut ps);
    assert_eq!(ps[0].src, "/photos/b2-960.jpg");
    let removed = PhotoEdit::Remove(0).apply(&mut ps).unwrap();
    assert_eq!(removed.src, "/photos/b2-960.jpg");
    assert_eq!(
        PhotoEdit::Remove(5).apply(&mut ps),
        None,
        "past the end changes nothing"
    );
    assert_eq!(ps.len(), 1);
}

#[test]
fn a_package_carries_a_trends_photos_with_their_credits_and_applies_only_the_photos() {
    let c = catalogue();
    let d = trend_draft(&c);
    let bytes = build(&c, &[], std::slice::from_ref(&d), CREATED, &files(&d)).unwrap();
    let manifest: Manifest = serde_json::from_str(&entry(&bytes, "package.json").unwrap()).unwrap();
    assert_eq!(
        manifest.format, 2,
        "an older kiosk must refuse, not half-apply, it"
    );
    assert_eq!(manifest.trends[0].id, c.trends[1].id);
    assert!(
        entry(&bytes, TRENDS_ENTRY)
            .unwrap()
            .contains("Dewi Lestari")
    );

    let p = read(&bytes, &c).unwrap();
    assert_eq!(p.photos.len(), 2, "both widths of the one photo");
    let (shown, overlay) = preview(&c, &p);
    assert_eq!(shown.trends.len(), 1);
    assert!(shown.conflicts.is_empty() && shown.added.is_empty());
    assert!(!shown.is_empty());

    // A newer shipped text for the trend still arrives underneath: only the photos are the overlay's.
    let mut newer = c.clone();
    newer.trends[1].description.en = "Rewritten by the curators".into();
    let (applied, skipped) = overlay.apply(&newer);
    assert_eq!(skipped, 0);
    let t = &applied.trends[1];
    assert_eq!(t.description.en, "Rewritten by the curators");
    assert_eq!(t.photos[0].credit.as_ref().unwrap().source, "Dewi Lestari");
    assert_eq!(
        overlay.apply(&applied).0,
        applied,
        "applying twice is applying once"
    );

    // The same package again changes nothing.
    let (again, _) = preview(&applied, &read(&bytes, &applied).unwrap());
    assert!(again.is_empty());
    assert_eq!(again.unchanged, 1);
}

#[test]
fn a_package_of_designs_alone_stays_format_1() {
    let c = catalogue();
    let bytes = build(&c, &[], &[], CREATED, &[]).unwrap();
    let manifest: Manifest = serde_json::from_str(&entry(&bytes, "package.json").unwrap()).unwrap();
    assert_eq!(manifest.format, 1);
    assert!(entry(&bytes, TRENDS_ENTRY).is_none());
    assert!(!entry(&bytes, "package.json").unwrap().contains("trends"));
}

#[test]
fn a_trend_photo_the_package_lacks_or_a_trend_this_device_lacks_is_refused_by_name() {
    let c = catalogue();
    let d = trend_draft(&c);
    let mut held = files(&d);
    held.retain(|(p, _)| !p.ends_with("-400.jpg"));
    let bytes = build(&c, &[], std::slice::from_ref(&d), CREATED, &held).unwrap();
    assert_eq!(
        read(&bytes, &c).unwrap_err(),
        vec![PackageProblem::PhotoMissing {
            path: "/photos/f00d01-400.jpg".into()
        }]
    );

    let full = build(&c, &[], std::slice::from_ref(&d), CREATED, &files(&d)).unwrap();
    let mut fewer = c.clone();
    fewer.trends.remove(1);
    let problems = read(&full, &fewer).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, PackageProblem::ChangeNotInData { id } if *id == c.trends[1].id)),
        "{problems:?}"
    );
}

#[test]
fn an_uncredited_trend_draft_keeps_the_package_from_being_made() {
    let c = catalogue();
    let mut d = trend_draft(&c);
    d.photos[0].credit = None;
    let unready = build(&c, &[], std::slice::from_ref(&d), CREATED, &files(&d)).unwrap_err();
    assert_eq!(unready[0].uid, "t1");
    // Two drafts of one trend cannot both be published.
    let twice = [
        trend_draft(&c),
        TrendDraft {
            uid: "t2".into(),
            ..trend_draft(&c)
        },
    ];
    let unready = build(&c, &[], &twice, CREATED, &[]).unwrap_err();
    assert_eq!(unready.len(), 2);
}

#[test]
fn trend_photos_changed_here_since_are_a_conflict() {
    let c = catalogue();
    let d = trend_draft(&c);
    let bytes = build(&c, &[], std::slice::from_ref(&d), CREATED, &files(&d)).unwrap();
    let mut here = c.clone();
    here.trends[1].photos = vec![credited("cafe02")];
    let p = read(&bytes, &here).unwrap();
    let (shown, _) = preview(&here, &p);
    assert_eq!(shown.conflicts, [c.trends[1].id.clone()]);
    assert_eq!(
        shown.conflict_names(Lang::Id),
        [c.trends[1].name.id.clone()]
    );
}

#[test]
fn a_draft_begun_before_another_package_says_what_it_started_from() {
    let c = catalogue();
    let d = trend_draft(&c);
    assert!(!d.moved_on(&c));
    // A package gave the trend another photo on this device after the draft began.
    let mut later = c.clone();
    later.trends[1].photos = vec![credited("cafe02")];
    assert!(d.moved_on(&later), "the form warns the maker");
    // Exported here, the package still names the photos the draft began from: a kiosk that has the
    // other package's photo sees a conflict instead of losing it silently.
    let bytes = build(&later, &[], std::slice::from_ref(&d), CREATED, &files(&d)).unwrap();
    let (shown, _) = preview(&later, &read(&bytes, &later).unwrap());
    assert_eq!(shown.conflicts, [c.trends[1].id.clone()]);
}

#[test]
fn a_draft_left_as_the_trend_is_changes_nothing_and_keeps_format_1() {
    let c = catalogue();
    let untouched = TrendDraft::new("t9".into(), &c.trends[2]);
    let bytes = build(&c, &[], std::slice::from_ref(&untouched), CREATED, &[]).unwrap();
    let manifest: Manifest = serde_json::from_str(&entry(&bytes, "package.json").unwrap()).unwrap();
    assert_eq!(manifest.format, 1);
    assert!(manifest.trends.is_empty());
}

#[test]
fn an_overlay_stored_before_trend_photos_still_reads_and_a_stale_change_is_skipped() {
    let old = r#"{"packages":["2026-11-01T00:00:00Z"],"changes":[{"remove":"x"}]}"#;
    let o: Overlay = serde_json::from_str(old).unwrap();
    assert_eq!(o.changes[0].trend_photos, None);
    let c = catalogue();
    let stale = Overlay {
        packages: Vec::new(),
        changes: vec![OverlayChange {
            trend_photos: Some(perak_batankrajan::domain::catalogue::overlay::TrendPhotos {
                trend: "gone-trend".into(),
                photos: vec![credited("d00d")],
            }),
            ..OverlayChange::default()
        }],
    };
    let (applied, skipped) = stale.apply(&c);
    assert_eq!((skipped, applied), (1, c));
}
