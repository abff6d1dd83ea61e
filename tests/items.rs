//! The one item model: its key, its parser, and every form of it already stored on devices or shared as
//! links before it existed (literal data in the formats of the earlier versions), natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use perak_batankrajan::domain::inquiry::outbox::{Entry, parse_stored};
use perak_batankrajan::domain::inquiry::shortlist::{ShortlistItem, decode, encode};
use perak_batankrajan::domain::studio::boards::{export, import};
use perak_batankrajan::domain::studio::compare::CompareQuery;
use perak_batankrajan::domain::studio::mixer::{Mix, count_range};
use perak_batankrajan::domain::{
    Catalogue, FINENESSES, Finish, Form, ItemRef, Lang, MotifFamily, Technique, load_from_dir,
};
use proptest::prelude::*;

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

fn a_mix() -> Mix {
    Mix {
        form: Form::DropEarring,
        motif: MotifFamily::Lotus,
        count: 12,
        density: 4,
        techniques: vec![Technique::Filigree, Technique::Granulation],
        finish: Finish::Oxidised,
        fineness: 950,
        size: 115,
    }
}

#[test]
fn a_mixer_design_is_an_item_whose_key_carries_every_parameter() {
    let item = ItemRef::Mix(a_mix());
    assert_eq!(
        item.key(),
        "mix:drop_earring.lotus.12.4.filigree,granulation.oxidised.950.115"
    );
    assert_eq!(ItemRef::parse(&item.key()), Some(item.clone()));
    assert!(item.orderable() && item.is_custom());
    // A family without a count or density writes the one value that draws it.
    let kawung = Mix {
        motif: MotifFamily::Kawung,
        count: 9,
        density: 1,
        ..a_mix()
    };
    assert_eq!(
        ItemRef::Mix(kawung).key(),
        "mix:drop_earring.kawung.0.3.filigree,granulation.oxidised.950.115"
    );
    // A plain piece (no techniques) and numbers out of range: read, moved into range.
    let read = ItemRef::parse("mix:ring.majapahit_sun.99.0..matte.930.300").unwrap();
    let ItemRef::Mix(m) = read else {
        panic!("{read:?}")
    };
    assert_eq!((m.count, m.density, m.fineness, m.size), (24, 1, 925, 160));
    assert!(m.techniques.is_empty());
    for bad in [
        "mix:",
        "mix:ring.lotus.8.3.casting.polished.925",
        "mix:spaceship.lotus.8.3.casting.polished.925.100",
        "mix:ring.sunflower.8.3.casting.polished.925.100",
        "mix:ring.lotus.8.3.casting.polished.925.100.extra",
    ] {
        assert_eq!(ItemRef::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn a_mixer_design_is_drawn_priced_and_kept_on_boards_and_shortlists() {
    let c = catalogue();
    let item = ItemRef::Mix(a_mix());
    assert!(item.exists(&c));
    assert!(c.item_art(&item).is_some());
    // Its name is made of the interface's words (the UI's labels), not the catalogue's.
    assert_eq!(c.item_name(&item, Lang::Id), None);
    let estimate = c.custom_estimate(&item).unwrap();
    assert!(estimate.weight_g > 0.0);
    assert!(estimate.price.is_some());
    assert_eq!(estimate.finish, Finish::Oxidised);

    let line = ShortlistItem {
        item: item.clone(),
        qty: 3,
        size: None,
        finish: Some(Finish::Oxidised),
    };
    let stored = encode(std::slice::from_ref(&line));
    assert_eq!(decode(&stored), vec![line.clone()]);
    let total = perak_batankrajan::domain::inquiry::shortlist::total(&[line], &c);
    assert_eq!(total, estimate.price.unwrap().idr * 3);

    let file = r#"{"format": "perak-boards", "version": 1, "boards": [{
        "id": "0f8e2c1a-1111-4222-8333-444455556666", "name": "Mixer",
        "items": [{"kind": "mix", "key": "mix:drop_earring.lotus.12.4.filigree,granulation.oxidised.950.115", "note": "coba"}]
    }]}"#;
    let boards = import(file).unwrap();
    assert_eq!(boards[0].items[0].target, item);
    let written: serde_json::Value = serde_json::from_str(&export(&boards)).unwrap();
    assert_eq!(written["boards"][0]["items"][0]["kind"], "mix");
    assert_eq!(import(&export(&boards)).unwrap(), boards);
    // A damaged design is refused with the file, never half read.
    assert!(import(&file.replace("drop_earring.lotus", "drop_earring.sunflower")).is_err());
}

fn any_mix() -> impl Strategy<Value = Mix> {
    (
        0..Form::ALL.len(),
        0..MotifFamily::ALL.len(),
        any::<u8>(),
        any::<u8>(),
        proptest::collection::vec(0..Technique::ALL.len(), 0..6),
        0..Finish::ALL.len(),
        0..FINENESSES.len(),
        any::<u8>(),
    )
        .prop_map(|(f, m, count, density, tech, finish, fineness, size)| {
            let techniques = Technique::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| tech.contains(i))
                .map(|(_, t)| t)
                .collect();
            Mix {
                form: Form::ALL[f],
                motif: MotifFamily::ALL[m],
                count: count_range(MotifFamily::ALL[m])
                    .map_or(0, |r| r.start() + count % (r.end() - r.start() + 1)),
                density: 1 + density % 5,
                techniques,
                finish: Finish::ALL[finish],
                fineness: FINENESSES[fineness],
                size: 60 + (size % 21) * 5,
            }
            .normalised()
        })
}

proptest! {
    /// Every valid mixer design survives its key (a shortlist, a board, an inquiry line) unchanged.
    #[test]
    fn any_mixer_design_reads_back_from_its_key(mix in any_mix()) {
        let item = ItemRef::Mix(mix);
        prop_assert_eq!(ItemRef::parse(&item.key()), Some(item));
    }

    /// Whatever a link or a storage holds after `mix:`, reading it returns an answer, never a panic.
    #[test]
    fn any_mix_key_text_is_read_or_refused(text in "mix:[a-z_0-9.,]{0,60}") {
        if let Some(ItemRef::Mix(m)) = ItemRef::parse(&text) {
            prop_assert_eq!(m.clone().normalised(), m);
        }
    }
}
