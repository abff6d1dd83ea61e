//! A draft's photos, natively: the record the studio makes from the worker's files, ordering, the files
//! a package carries and refuses, and the loader's rule that a photo can only name the catalogue's own
//! photo folder.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;

use std::io::{Cursor, Write};

use domain_support::{catalogue, new_ring};
use perak_batankrajan::domain::catalogue::model::{Photo, photo_files};
use perak_batankrajan::domain::studio::draft::DesignDraft;
use perak_batankrajan::domain::studio::package::{PackageProblem, build, preview, read};
use perak_batankrajan::domain::studio::photos::{
    Stage, batch_progress, move_photo, photo, unused_files,
};
use perak_batankrajan::domain::{Catalogue, Lang, Problem};

const CREATED: &str = "2026-12-05T10:00:00Z";
/// The start of a JPEG file: enough for the package's picture check.
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];

fn described(mut p: Photo) -> Photo {
    p.alt.set(Lang::Id, "Cincin dari samping".into());
    p.alt.set(Lang::En, "The ring from the side".into());
    p
}

fn ring_with_photo(c: &Catalogue) -> DesignDraft {
    let mut d = new_ring(c, "u1", "Cincin Berfoto");
    d.photos = vec![described(photo(
        "a1b2c3",
        3000,
        4000,
        "#aa8844",
        &[400, 960, 1920],
    ))];
    d
}

fn files(d: &DesignDraft) -> Vec<(String, Vec<u8>)> {
    photo_files(&d.photos)
        .into_iter()
        .map(|p| (p.to_owned(), JPEG.to_vec()))
        .collect()
}

#[test]
fn a_processed_photo_becomes_a_record_with_every_width() {
    let p = photo("a1b2c3", 3000, 4000, "#aa8844", &[400, 960, 1920]);
    assert_eq!(p.src, "/photos/a1b2c3-1920.jpg");
    assert_eq!((p.width, p.height), (1920, 2560));
    assert_eq!(
        p.srcset(),
        "/photos/a1b2c3-400.jpg 400w, /photos/a1b2c3-960.jpg 960w, /photos/a1b2c3-1920.jpg 1920w"
    );
    assert_eq!(p.files().count(), 3, "src is one of the sizes, named once");
    assert!(p.files().all(Photo::is_photo_path));
}

#[test]
fn a_photo_needs_its_description_in_the_required_languages() {
    let c = catalogue();
    let mut d = ring_with_photo(&c);
    d.photos[0].alt = Default::default();
    let problems = d.check(&c, &[]).unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["photos[0].alt.id", "photos[0].alt.en"]);
    assert!(ring_with_photo(&c).check(&c, &[]).is_ok());
}

#[test]
fn photos_are_reordered_and_the_first_is_the_cover() {
    let mut ps: Vec<Photo> = ["a", "b", "c"]
        .iter()
        .map(|id| photo(id, 800, 600, "#000000", &[400, 800]))
        .collect();
    move_photo(&mut ps, 2, 0);
    let order: Vec<&str> = ps.iter().map(|p| p.src.as_str()).collect();
    assert_eq!(
        order,
        [
            "/photos/c-800.jpg",
            "/photos/a-800.jpg",
            "/photos/b-800.jpg"
        ]
    );
    move_photo(&mut ps, 0, 9);
    assert_eq!(
        ps[2].src, "/photos/c-800.jpg",
        "a place past the end is the end"
    );
    move_photo(&mut ps, 7, 0);
    assert_eq!(ps.len(), 3);
}

#[test]
fn a_removed_photo_keeps_the_files_a_copied_draft_still_shows() {
    let c = catalogue();
    let d = ring_with_photo(&c);
    let copy = d.duplicate("u2".into(), "2026-12-05");
    let removed = d.photos[0].clone();
    assert!(unused_files(&removed, &copy.photos).is_empty());
    assert_eq!(unused_files(&removed, &[]).len(), 3);
}

#[test]
fn a_package_carries_its_photos_and_applies_them() {
    let c = catalogue();
    let d = ring_with_photo(&c);
    let bytes = build(&c, std::slice::from_ref(&d), &[], CREATED, &files(&d)).unwrap();
    let p = read(&bytes, &c).unwrap();
    let paths: Vec<&str> = p.photos.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/photos/a1b2c3-1920.jpg",
            "/photos/a1b2c3-400.jpg",
            "/photos/a1b2c3-960.jpg"
        ]
    );
    let (shown, overlay) = preview(&c, &p);
    assert_eq!(shown.added.len(), 1);
    let (applied, skipped) = overlay.apply(&c);
    assert_eq!(skipped, 0);
    assert_eq!(applied.design("cincin-berfoto").unwrap().photos, d.photos);
}

#[test]
fn a_package_without_a_photo_it_shows_is_refused_by_name() {
    let c = catalogue();
    let d = ring_with_photo(&c);
    let mut held = files(&d);
    held.retain(|(p, _)| !p.ends_with("-960.jpg"));
    let bytes = build(&c, std::slice::from_ref(&d), &[], CREATED, &held).unwrap();
    assert_eq!(
        read(&bytes, &c).unwrap_err(),
        vec![PackageProblem::PhotoMissing {
            path: "/photos/a1b2c3-960.jpg".into()
        }]
    );
}

#[test]
fn a_photo_entry_that_is_no_picture_is_refused_by_name() {
    let c = catalogue();
    let d = ring_with_photo(&c);
    let mut held = files(&d);
    held[0].1 = b"#!/bin/sh\nrm -rf /\n".to_vec();
    let bytes = build(&c, std::slice::from_ref(&d), &[], CREATED, &held).unwrap();
    assert_eq!(
        read(&bytes, &c).unwrap_err(),
        vec![PackageProblem::PhotoNotAPicture {
            path: held[0].0.clone()
        }]
    );
}

#[test]
fn a_photo_cannot_point_outside_the_catalogue_or_smuggle_style() {
    let c = catalogue();
    let mut d = ring_with_photo(&c);
    d.photos[0].src = "https://tracker.example/pixel.jpg".into();
    d.photos[0].placeholder = Some("red; background-image: url(https://x)".into());
    let problems = d.check(&c, &[]).unwrap_err();
    let found: Vec<(&str, &Problem)> = problems
        .iter()
        .map(|p| (p.field.as_str(), &p.problem))
        .collect();
    assert_eq!(
        found,
        [
            (
                "photos[0].src",
                &Problem::BadPhotoPath {
                    value: "https://tracker.example/pixel.jpg".into()
                }
            ),
            (
                "photos[0].placeholder",
                &Problem::UnknownValue {
                    value: "red; background-image: url(https://x)".into()
                }
            ),
        ]
    );
    for bad in [
        "/photos/../data/designs.json",
        "/photos/A.jpg",
        "/photos/x.svg",
        "/icons/x.png",
    ] {
        assert!(!Photo::is_photo_path(bad), "{bad}");
    }
}

#[test]
fn a_hand_made_package_with_photo_entries_nobody_shows_carries_none_of_them() {
    let c = catalogue();
    let d = ring_with_photo(&c);
    let good = build(&c, std::slice::from_ref(&d), &[], CREATED, &files(&d)).unwrap();
    // Unpack and add a stray picture: it is neither applied nor an error.
    let mut zip = zip::ZipArchive::new(Cursor::new(&good[..])).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        out.raw_copy_file(zip.by_index(i).unwrap()).unwrap();
    }
    out.start_file(
        "photos/stray-400.jpg",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    out.write_all(JPEG).unwrap();
    let bytes = out.finish().unwrap().into_inner();
    let p = read(&bytes, &c).unwrap();
    assert!(p.photos.iter().all(|(path, _)| !path.contains("stray")));
}

#[test]
fn a_photo_entry_still_carrying_phone_data_is_refused_by_name() {
    let c = catalogue();
    let d = ring_with_photo(&c);
    let mut held = files(&d);
    // A hand-made package: a phone's JPEG with its EXIF block (APP1), unprocessed.
    held[1].1 = vec![
        0xFF, 0xD8, 0xFF, 0xE1, 0, 8, b'E', b'x', b'i', b'f', 0, 0, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9,
    ];
    let bytes = build(&c, std::slice::from_ref(&d), &[], CREATED, &held).unwrap();
    assert_eq!(
        read(&bytes, &c).unwrap_err(),
        vec![PackageProblem::PhotoMetadata {
            path: held[1].0.clone()
        }]
    );
}

#[test]
fn a_batch_counts_what_is_done_and_what_is_on_its_way_but_not_what_was_refused() {
    assert_eq!(batch_progress([], 3), None, "nothing on its way: no bar");
    assert_eq!(batch_progress([Stage::Failed], 0), None);
    let (done, total, share) =
        batch_progress([Stage::Working(0.5), Stage::Waiting, Stage::Failed], 2).unwrap();
    assert_eq!((done, total), (2, 4));
    assert!((share - 2.5 / 4.0).abs() < 1e-6);
    // A worker's progress past 1 (or below 0) cannot push the bar past its ends.
    let (_, _, share) = batch_progress([Stage::Working(7.0)], 0).unwrap();
    assert!((share - 1.0).abs() < 1e-6);
}
