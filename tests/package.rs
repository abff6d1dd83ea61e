//! Catalogue packages and the overlay they become, natively: a package round-trips, the shipped loader
//! reads its `designs.json`, a damaged or foreign file is refused with a problem that names it, and
//! the preview says what would change before anything does.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;

use std::io::{Cursor, Read, Write};
use std::path::Path;

use domain_support::{catalogue, new_ring};
use perak_batankrajan::domain::catalogue::overlay::Overlay;
use perak_batankrajan::domain::studio::draft::DesignDraft;
use perak_batankrajan::domain::studio::package::{
    self, ChangeKind, DESIGNS_ENTRY, MANIFEST_ENTRY, PackageProblem, build, fingerprint, preview,
    read,
};
use perak_batankrajan::domain::{Catalogue, Problem, load_catalogue};
use proptest::prelude::*;

const CREATED: &str = "2026-12-05T08:00:00Z";

/// A day's drafts: one new ring, one edit (renamed), one withdrawal.
fn drafts(c: &Catalogue) -> Vec<DesignDraft> {
    let mut edit = DesignDraft::from_design("u2".into(), &c.designs[1]);
    edit.name.en = "Renamed in the studio".into();
    vec![
        new_ring(c, "u1", "Cincin Paket"),
        edit,
        DesignDraft::withdrawal("u3".into(), &c.designs[2]),
    ]
}

fn entries(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (f.name().unwrap().to_string(), text)
        })
        .collect()
}

fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, text) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_package_holds_the_catalogue_as_it_becomes_and_the_shipped_loader_reads_it() {
    let c = catalogue();
    let bytes = build(&c, &drafts(&c), &[], CREATED, &[]).unwrap();
    let files = entries(&bytes);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, [MANIFEST_ENTRY, DESIGNS_ENTRY]);
    // Unpacked into public/, the site's loader reads it with the other shipped files.
    let designs = files[1].1.clone();
    let loaded = load_catalogue(|f| {
        if f.file_name() == "designs.json" {
            perak_batankrajan::domain::Fetched::Text(designs.clone())
        } else {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
            perak_batankrajan::domain::Fetched::Text(
                std::fs::read_to_string(dir.join(f.file_name())).unwrap(),
            )
        }
    })
    .unwrap();
    assert_eq!(loaded.designs.len(), c.designs.len());
    assert!(loaded.design("cincin-paket").is_some());
    assert!(loaded.design(&c.designs[2].id).is_none(), "withdrawn");
    assert_eq!(
        loaded.design(&c.designs[1].id).unwrap().name.en,
        "Renamed in the studio"
    );

    let p = read(&bytes, &c).unwrap();
    let kinds: Vec<ChangeKind> = p.manifest.changes.iter().map(|r| r.change).collect();
    assert_eq!(
        kinds,
        [ChangeKind::Add, ChangeKind::Edit, ChangeKind::Withdraw]
    );
    assert_eq!(p.manifest.created, CREATED);
    assert_eq!(
        p.manifest.changes[1].base.as_deref(),
        Some(fingerprint(&c.designs[1]).as_str())
    );
}

#[test]
fn drafts_that_are_not_ready_keep_the_package_from_being_made() {
    let c = catalogue();
    let mut ds = drafts(&c);
    ds[0].weight_g = "lima".into();
    // Two drafts about one catalogue design cannot both be published.
    ds.push(DesignDraft::withdrawal("u4".into(), &c.designs[1]));
    let unready = build(&c, &ds, &[], CREATED, &[]).unwrap_err();
    let uids: Vec<&str> = unready.iter().map(|u| u.uid.as_str()).collect();
    assert_eq!(uids, ["u1", "u2", "u4"]);
    assert_eq!(unready[0].problems[0].field, "weight_g");
    assert_eq!(
        unready[1].problems[0].problem,
        Problem::DuplicateId {
            id: c.designs[1].id.clone()
        }
    );
}

#[test]
fn the_preview_says_what_changes_and_the_overlay_makes_exactly_that() {
    let c = catalogue();
    let p = read(&build(&c, &drafts(&c), &[], CREATED, &[]).unwrap(), &c).unwrap();
    let (seen, overlay) = preview(&c, &p);
    assert_eq!(seen.added.len(), 1);
    assert_eq!(seen.added[0].id, "cincin-paket");
    assert_eq!(seen.changed.len(), 1);
    assert_eq!(seen.withdrawn[0].id, c.designs[2].id);
    assert!(seen.conflicts.is_empty());

    let (after, skipped) = overlay.apply(&c);
    assert_eq!(skipped, 0);
    assert_eq!(
        after.designs, p.designs,
        "the device now has the package's catalogue"
    );
    // Applying again, or importing the same package twice, changes nothing more.
    assert_eq!(overlay.apply(&after).0, after);
    let twice = overlay.clone().then(overlay.clone());
    assert_eq!(twice.apply(&c).0, after);
    let (again, _) = preview(&after, &p);
    assert!(again.is_empty());
    assert_eq!(again.unchanged, 3);

    // Stored and read back (local storage holds it as JSON).
    let stored: Overlay = serde_json::from_str(&serde_json::to_string(&overlay).unwrap()).unwrap();
    assert_eq!(stored, overlay);
}

#[test]
fn a_design_changed_here_since_the_package_was_made_is_a_conflict() {
    let c = catalogue();
    let p = read(&build(&c, &drafts(&c), &[], CREATED, &[]).unwrap(), &c).unwrap();
    let mut here = c.clone();
    here.designs[1].weight_g += 1.0;
    here.designs[2].tags.push("sale".into());
    let (seen, _) = preview(&here, &p);
    assert_eq!(
        seen.conflicts,
        [here.designs[1].id.clone(), here.designs[2].id.clone()]
    );
}

#[test]
fn foreign_damaged_and_newer_files_are_refused_with_what_is_wrong() {
    let c = catalogue();
    let good = build(&c, &drafts(&c), &[], CREATED, &[]).unwrap();
    let files = entries(&good);
    let (manifest, designs) = (files[0].1.as_str(), files[1].1.as_str());

    assert_eq!(
        read(b"just some text", &c).unwrap_err(),
        [PackageProblem::NotAPackage]
    );
    assert_eq!(
        read(&good[..good.len() / 2], &c).unwrap_err(),
        [PackageProblem::NotAPackage],
        "a truncated zip"
    );
    assert_eq!(
        read(&zip_of(&[(DESIGNS_ENTRY, designs)]), &c).unwrap_err(),
        [PackageProblem::MissingEntry {
            entry: MANIFEST_ENTRY
        }]
    );
    assert_eq!(
        read(&zip_of(&[(MANIFEST_ENTRY, manifest)]), &c).unwrap_err(),
        [PackageProblem::MissingEntry {
            entry: DESIGNS_ENTRY
        }]
    );
    let newer = manifest.replace("\"format\": 1", "\"format\": 7");
    assert_eq!(
        read(
            &zip_of(&[(MANIFEST_ENTRY, &newer), (DESIGNS_ENTRY, designs)]),
            &c
        )
        .unwrap_err(),
        [PackageProblem::NewerFormat { found: 7 }]
    );
    assert!(matches!(
        read(
            &zip_of(&[(MANIFEST_ENTRY, "{"), (DESIGNS_ENTRY, designs)]),
            &c
        )
        .unwrap_err()[0],
        PackageProblem::BadManifest { .. }
    ));
    // A design that breaks the catalogue's rules is named by file, entry and field, as the loader does.
    let broken = designs.replacen("\"weight_g\": 5.2", "\"weight_g\": 9000", 1);
    let problems = read(
        &zip_of(&[(MANIFEST_ENTRY, manifest), (DESIGNS_ENTRY, &broken)]),
        &c,
    )
    .unwrap_err();
    match &problems[0] {
        PackageProblem::Data(e) => {
            assert_eq!(e.file, "designs.json");
            assert_eq!(e.field.as_deref(), Some("weight_g"));
        }
        other => panic!("{other:?}"),
    }
    // The manifest promises a design the data does not hold.
    let missing = designs.replace("cincin-paket", "something-else");
    assert_eq!(
        read(
            &zip_of(&[(MANIFEST_ENTRY, manifest), (DESIGNS_ENTRY, &missing)]),
            &c
        )
        .unwrap_err(),
        [PackageProblem::ChangeNotInData {
            id: "cincin-paket".into()
        }]
    );
}

#[test]
fn an_overlay_skips_a_design_whose_workshop_has_gone() {
    let c = catalogue();
    let p = read(&build(&c, &drafts(&c), &[], CREATED, &[]).unwrap(), &c).unwrap();
    let (_, overlay) = preview(&c, &p);
    let mut newer_shipped = c.clone();
    let gone = c.workshops[0].id.clone();
    newer_shipped.workshops.retain(|w| w.id != gone);
    newer_shipped.designs.retain(|d| d.workshop != gone);
    let (after, skipped) = overlay.apply(&newer_shipped);
    assert!(skipped >= 1);
    assert!(after.design("cincin-paket").is_none());
}

proptest! {
    /// Whatever bytes arrive, reading them never panics.
    #[test]
    fn reading_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let c = catalogue();
        let _ = package::read(&bytes, &c);
        // Nor does a real package with bytes flipped.
        let mut good = build(&c, &drafts(&c), &[], CREATED, &[]).unwrap();
        for (i, b) in bytes.iter().enumerate().take(16) {
            let at = (usize::from(*b) * 31 + i * 97) % good.len();
            good[at] ^= 0x5a;
        }
        let _ = package::read(&good, &c);
    }
}
