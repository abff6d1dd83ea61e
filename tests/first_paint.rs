//! The first view written into `index.html` (src/first_paint.rs): current with the data and translations,
//! the featured designs in both languages, and drawings that survive being put in an HTML attribute.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;

use std::path::Path;

use domain_support::unescape;
use perak_batankrajan::domain::render::{ArtSpec, ArtText, render_svg, svg_data_url};
use perak_batankrajan::domain::{Catalogue, Lang, load_from_dir};
use perak_batankrajan::first_paint::{
    DESIGNS, END, START, Texts, block, current, from_project, splice,
};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn inputs() -> (Catalogue, Texts, Texts) {
    let read = |p: &str| std::fs::read_to_string(root().join(p)).unwrap();
    (
        load_from_dir(&root().join("public/data")).expect("shipped catalogue"),
        Texts::parse(&read("locales/id.json")).unwrap(),
        Texts::parse(&read("locales/en.json")).unwrap(),
    )
}

fn made() -> String {
    from_project(root()).unwrap()
}

/// The text between `from` and the next `to` after it.
fn between<'a>(s: &'a str, from: &str, to: &str) -> &'a str {
    let start = s.find(from).unwrap_or_else(|| panic!("no {from:?}")) + from.len();
    &s[start..start + s[start..].find(to).unwrap()]
}

#[test]
fn index_html_holds_the_first_view_of_the_current_catalogue() {
    let html = std::fs::read_to_string(root().join("index.html")).unwrap();
    let made = made();
    assert!(
        current(&html) == Some(made.as_str()),
        "index.html's first view is not what the catalogue and translations make now: \
         run `cargo run --example first_paint` and commit index.html"
    );
}

#[test]
fn the_first_view_shows_the_featured_designs_in_both_languages() {
    let (catalogue, _, _) = inputs();
    let made = made();
    let id = between(&made, "<div id=\"first-paint\">", "</div>\n<template");
    let en = between(&made, "<template id=\"first-paint-en\">", "</template>");
    let featured = catalogue.featured(DESIGNS);
    assert_eq!(featured.len(), DESIGNS);
    for (view, lang) in [(id, Lang::Id), (en, Lang::En)] {
        assert_eq!(view.matches("<li class=\"card\">").count(), DESIGNS);
        assert_eq!(view.matches("<h1>").count(), 1);
        for d in &featured {
            let link = format!("<a href=\"/designs/{}\">{}</a>", d.id, d.name.get(lang));
            assert!(view.contains(&link), "{lang:?} view lacks {link}");
        }
    }
    assert!(id.contains("<h1>Perak buatan tangan dari Batankrajan</h1>"));
    assert!(id.contains("64 desain di katalog"), "the catalogue's count");
    assert!(en.contains("<h1>Hand-made silver from Batankrajan</h1>"));
    assert!(en.contains("64 designs in the catalogue"), "{en}");
}

#[test]
fn a_drawing_in_the_first_view_is_the_renderers_own() {
    let (catalogue, _, _) = inputs();
    let made = made();
    let design = catalogue.featured(1)[0];
    let first = between(&made, "<li class=\"card\">", "</li>");
    let src = unescape(between(first, "<img src=\"", "\""));
    let alt = unescape(between(first, "\" alt=\"", "\""));
    assert!(
        alt.starts_with("Gambar cincin dengan motif Kawung"),
        "{alt}"
    );
    let svg = render_svg(
        &ArtSpec::for_design(design, catalogue.lead_motif(design)),
        &ArtText {
            title: design.name.get(Lang::Id),
            description: &alt,
        },
    );
    assert_eq!(src, svg_data_url(&svg));
    // Nothing in the attribute could end it or start markup early.
    let raw = between(first, "<img src=\"", "\"");
    assert!(!raw.contains('<') && !raw.contains('>'));
}

#[test]
fn splicing_replaces_only_the_block_and_names_a_missing_marker() {
    let html = format!("<body>\n{START}\nold\n{END}\n<noscript></noscript></body>");
    let spliced = splice(&html, &format!("{START}new{END}")).unwrap();
    assert_eq!(
        spliced,
        format!("<body>\n{START}new{END}\n<noscript></noscript></body>")
    );
    assert_eq!(
        splice(&spliced, &format!("{START}new{END}")).unwrap(),
        spliced
    );
    let err = splice("<body></body>", "x").unwrap_err();
    assert!(err.contains("start marker"), "{err}");
    let err = splice(&format!("{START} no end"), "x").unwrap_err();
    assert!(err.contains("end marker"), "{err}");
}

#[test]
fn a_missing_translation_is_named() {
    let (catalogue, id, _) = inputs();
    let thin = Texts::parse(r#"{ "app_name": "Perak" }"#).unwrap();
    let err = block(&catalogue, &id, &thin).unwrap_err();
    assert!(err.contains("no translation for `"), "{err}");
    assert!(Texts::parse("[1, 2]").is_err());
    // A label a card needs (here a form's name) is named too, not left out of the card.
    let mut texts: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(root().join("locales/id.json")).unwrap())
            .unwrap();
    texts.remove("form_ring");
    let without = Texts::parse(&serde_json::Value::Object(texts).to_string()).unwrap();
    let err = block(&catalogue, &without, &id).unwrap_err();
    assert!(err.contains("`form_ring`"), "{err}");
}

#[test]
fn the_first_views_kiosk_check_reads_what_the_app_stores() {
    use perak_batankrajan::domain::kiosk::KioskSettings;
    use perak_batankrajan::platform::storage::KIOSK_KEY;

    // index.html's script is written by hand: it must read the app's key, and the field it tests must
    // be the one the app's settings are stored with.
    let html = std::fs::read_to_string(root().join("index.html")).unwrap();
    assert!(
        html.contains(&format!("localStorage.getItem(\"{KIOSK_KEY}\")")),
        "index.html does not read the kiosk setting from {KIOSK_KEY:?}"
    );
    assert!(html.contains("kiosk.enabled === true"));
    let on = serde_json::to_value(KioskSettings {
        enabled: true,
        ..Default::default()
    })
    .unwrap();
    assert_eq!(on["enabled"], serde_json::Value::Bool(true));
}
