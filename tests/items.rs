//! The one item model: its key, its parser, and every form of it already stored on devices or shared as
//! links before it existed (literal data in the formats of the earlier versions), natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use perak_batankrajan::domain::inquiry::outbox::{Entry, parse_stored};
use perak_batankrajan::domain::inquiry::shortlist::{ShortlistItem, decode, encode};
use perak_batankrajan::domain::studio::boards::{export, import};
use perak_batankrajan::domain::studio::compare::CompareQuery;
use perak_batankrajan::domain::{Catalogue, Finish, ItemRef, Lang, load_from_dir};

fn catalogue() -> Catalogue {
    load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")).unwrap()
}

#[test]
fn every_kind_of_item_reads_back_from_its_key() {
    for item in [
        ItemRef::design("ring-kawung"),
        ItemRef::motif("kawung"),
        ItemRef::trend("chunky-organic"),
        ItemRef::sketch("kawung", "chunky-organic"),
    ] {
        assert_eq!(ItemRef::parse(&item.key()), Some(item.clone()), "{item:?}");
    }
    assert_eq!(ItemRef::design("ring-kawung").key(), "ring-kawung");
    assert_eq!(ItemRef::motif("kawung").key(), "m:kawung");
    assert_eq!(ItemRef::trend("mocha-warm").key(), "t:mocha-warm");
    assert_eq!(
        ItemRef::parse("d:ring-kawung"),
        Some(ItemRef::design("ring-kawung"))
    );
    for bad in [
        "",
        "p:photo-1",
        "sketch:kawung",
        "sketch:+chunky",
        "RING",
        "ring kawung",
        "m:../x",
        &"a".repeat(200),
    ] {
        assert_eq!(ItemRef::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn the_catalogue_names_and_draws_any_item() {
    let c = catalogue();
    let sketch = ItemRef::sketch("kawung", "chunky-organic");
    let name = c.item_name(&sketch, Lang::Id).unwrap();
    assert!(name.contains(" × "), "{name}");
    assert!(c.item_art(&sketch).is_some());
    for item in [
        ItemRef::design("ring-kawung"),
        ItemRef::motif("kawung"),
        ItemRef::trend("chunky-organic"),
    ] {
        assert!(item.exists(&c));
        assert!(c.item_name(&item, Lang::En).is_some());
        assert!(c.item_art(&item).is_some());
    }
    let gone = ItemRef::design("no-such-design");
    assert!(!gone.exists(&c));
    assert_eq!(c.item_name(&gone, Lang::Id), None);
    assert!(c.item_art(&gone).is_none());
}

#[test]
fn a_shortlist_stored_or_shared_by_earlier_versions_reads_the_same() {
    // As local storage and `/shortlist?items=` links have held it since the shortlist existed.
    let stored =
        "ring-kawung~2~17~polished!sketch:kawung+chunky-organic~1~~oxidised!pendant-padma~1~~";
    let items = decode(stored);
    assert_eq!(
        items,
        vec![
            ShortlistItem {
                item: ItemRef::design("ring-kawung"),
                qty: 2,
                size: Some("17".into()),
                finish: Some(Finish::Polished),
            },
            ShortlistItem {
                item: ItemRef::sketch("kawung", "chunky-organic"),
                qty: 1,
                size: None,
                finish: Some(Finish::Oxidised),
            },
            ShortlistItem {
                item: ItemRef::design("pendant-padma"),
                qty: 1,
                size: None,
                finish: None,
            },
        ]
    );
    assert_eq!(encode(&items), stored, "written back exactly as before");
    // Motifs and trends cannot be ordered; a link naming one skips it.
    assert_eq!(decode("m:kawung~1~~!ring-kawung~1~~").len(), 1);
}

#[test]
fn boards_stored_or_exported_by_earlier_versions_load_and_keep_their_form() {
    let file = r#"{
      "format": "perak-boards",
      "version": 1,
      "boards": [{
        "id": "0f8e2c1a-1111-4222-8333-444455556666",
        "name": "Pameran Jakarta",
        "items": [
          {"kind": "design", "id": "ring-kawung", "note": "tebal"},
          {"kind": "motif", "id": "kawung", "note": ""},
          {"kind": "trend", "id": "chunky-organic"},
          {"kind": "sketch", "motif": "kawung", "trend": "chunky-organic", "note": "doff"}
        ]
      }]
    }"#;
    let boards = import(file).unwrap();
    let targets: Vec<&ItemRef> = boards[0].items.iter().map(|i| &i.target).collect();
    assert_eq!(
        targets,
        [
            &ItemRef::design("ring-kawung"),
            &ItemRef::motif("kawung"),
            &ItemRef::trend("chunky-organic"),
            &ItemRef::sketch("kawung", "chunky-organic"),
        ]
    );
    let written: serde_json::Value = serde_json::from_str(&export(&boards)).unwrap();
    let items = &written["boards"][0]["items"];
    assert_eq!(items[0]["kind"], "design");
    assert_eq!(items[0]["id"], "ring-kawung");
    assert_eq!(items[3]["kind"], "sketch");
    assert_eq!(items[3]["motif"], "kawung");
    assert_eq!(items[3]["trend"], "chunky-organic");
}

#[test]
fn outbox_entries_stored_by_earlier_versions_load_and_keep_their_wire_form() {
    // An IndexedDB record as the outbox has written it since it existed: lines name their item
    // under `design`, a design by its id and a custom request as `sketch:motif+trend`.
    let stored = r#"{
      "id": "6f1c2d3e-4b5a-4c6d-8e7f-901234567890",
      "created_at": 1767225599000,
      "inquiry": {
        "name": "Ayu", "country": "Indonesia", "email": "ayu@example.id", "language": "id",
        "message": "", "consent": true, "route": "endpoint",
        "items": [
          {"design": "ring-kawung", "workshop": "kawung-silver", "qty": 2, "size": "17", "finish": "polished"},
          {"design": "sketch:kawung+chunky-organic", "workshop": "", "qty": 1}
        ]
      },
      "status": {"state": "saved"},
      "attempts": 0,
      "next_attempt_at": 0
    }"#;
    let (entries, unreadable) = parse_stored([stored]);
    assert_eq!(unreadable, 0);
    let lines = &entries[0].inquiry.items;
    assert_eq!(lines[0].item, ItemRef::design("ring-kawung"));
    assert_eq!(lines[1].item, ItemRef::sketch("kawung", "chunky-organic"));
    let again: serde_json::Value = serde_json::to_value::<&Entry>(&entries[0]).unwrap();
    assert_eq!(again["inquiry"]["items"][0]["design"], "ring-kawung");
    assert_eq!(
        again["inquiry"]["items"][1]["design"],
        "sketch:kawung+chunky-organic"
    );
}

#[test]
fn compare_links_shared_by_earlier_versions_open_the_same_sides() {
    let q = CompareQuery::from_pairs([("left", "d:ring-kawung"), ("right", "t:chunky-organic")]);
    assert_eq!(q.left, Some(ItemRef::design("ring-kawung")));
    assert_eq!(q.right, Some(ItemRef::trend("chunky-organic")));
}
