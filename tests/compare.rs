//! The compare studio's URL state, attribute comparison, adaptation sketch and boards, natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use perak_batankrajan::domain::ItemRef;
use perak_batankrajan::domain::render::{ArtText, render_svg};
use perak_batankrajan::domain::studio::boards::{
    self, Board, BoardProblem, add_item, export, from_share_param, import, import_as_new, merge,
    share_param,
};
use perak_batankrajan::domain::studio::compare::{
    Attribute, CompareQuery, Mode, differs, profile, sketch, step_percent,
};
use perak_batankrajan::domain::{Catalogue, Finish, Form, Scale, load_from_dir};

fn catalogue() -> Catalogue {
    load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")).unwrap()
}

#[test]
fn the_url_holds_both_sides_and_the_mode() {
    let q = CompareQuery::from_pairs([
        ("left", "m:kawung"),
        ("right", "t:chunky-organic"),
        ("mode", "swipe"),
        ("divider", "30"),
        ("opacity", "250"),
    ]);
    assert_eq!(q.left, Some(ItemRef::Motif("kawung".into())));
    assert_eq!(q.right, Some(ItemRef::Trend("chunky-organic".into())));
    assert_eq!(q.mode, Mode::Swipe);
    assert_eq!(q.divider, 30);
    assert_eq!(q.opacity, 100, "clamped");
    let back = CompareQuery::from_pairs(
        q.to_pairs()
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect::<Vec<_>>(),
    );
    assert_eq!(back, q);
    assert!(CompareQuery::default().to_pairs().is_empty());
    for bad in [
        "x:kawung",
        "m:",
        "",
        "sketch:kawung",
        "Kawung",
        "m:ka wung",
        "d:",
    ] {
        assert_eq!(ItemRef::parse(bad), None, "{bad}");
    }
    // A design is written by its bare id; links from before, which marked it `d:`, still open.
    let old =
        CompareQuery::from_pairs([("left", "d:ring-kawung"), ("right", "ring-surya-majapahit")]);
    assert_eq!(old.left, Some(ItemRef::design("ring-kawung")));
    assert_eq!(old.right, Some(ItemRef::design("ring-surya-majapahit")));
    assert_eq!(old.to_pairs()[0], ("left", "ring-kawung".to_string()));
    let q = CompareQuery::default();
    let divider = step_percent(q.divider, -60);
    assert_eq!(divider, 0);
    assert_eq!(step_percent(divider, 250), 100);
}

#[test]
fn at_least_eight_curated_pairs_with_notes_in_both_languages() {
    let c = catalogue();
    let pairs = c.pairs();
    assert!(pairs.len() >= 8, "{} pairs", pairs.len());
    for p in &pairs {
        assert!(
            p.note.id.len() > 60 && p.note.en.len() > 60,
            "{}",
            p.motif.id
        );
        assert!(sketch(&c, &p.motif.id, &p.trend.id).is_some());
    }
}

#[test]
fn profiles_and_differences() {
    let c = catalogue();
    let kawung = profile(&c, &ItemRef::Motif("kawung".into())).unwrap();
    let chunky = profile(&c, &ItemRef::Trend("chunky-organic".into())).unwrap();
    assert!(!kawung.forms.is_empty() && kawung.weight_g.is_some());
    assert_eq!(chunky.scales, vec![Scale::Chunky]);
    assert_eq!(
        chunky.texture.as_ref().map(|t| t.en.as_str()),
        Some("organic, molten")
    );
    assert_eq!(
        chunky.texture.as_ref().map(|t| t.id.as_str()),
        Some("organik, seperti lelehan")
    );
    assert!(chunky.weight_g.unwrap().0 > 0.0 && chunky.price_idr.is_some());
    // A motif states no texture or markets and a trend no techniques: unknown, not different.
    assert!(!differs(&kawung, &chunky, Attribute::Texture));
    assert!(!differs(&kawung, &chunky, Attribute::Markets));
    assert!(!differs(&kawung, &chunky, Attribute::Techniques));
    let tiara = profile(&c, &ItemRef::Trend("statement-tiara".into())).unwrap();
    assert!(differs(&chunky, &tiara, Attribute::Texture));
    assert!(differs(&chunky, &tiara, Attribute::Scale));
    assert!(differs(&chunky, &tiara, Attribute::Form));
    // The same item never differs from itself.
    for a in Attribute::ALL {
        assert!(!differs(&kawung, &kawung, a), "{a:?}");
        assert!(!differs(&chunky, &chunky, a), "{a:?}");
    }
    // Lists differ only when they share nothing; ranges only when they do not overlap.
    let mut x = kawung.clone();
    x.forms = vec![Form::Ring, Form::Cuff];
    let mut y = kawung.clone();
    y.forms = vec![Form::Cuff];
    assert!(!differs(&x, &y, Attribute::Form));
    y.forms = vec![Form::Tiara];
    assert!(differs(&x, &y, Attribute::Form));
    x.weight_g = Some((2.0, 5.0));
    y.weight_g = Some((5.0, 9.0));
    assert!(!differs(&x, &y, Attribute::Weight));
    y.weight_g = Some((5.1, 9.0));
    assert!(differs(&x, &y, Attribute::Weight));
    assert_eq!(profile(&c, &ItemRef::Design("nope".into())), None);
}

#[test]
fn the_sketch_takes_form_scale_and_finish_from_the_trend_and_techniques_from_the_village() {
    let c = catalogue();
    let s = sketch(&c, "kawung", "chunky-organic").unwrap();
    assert_eq!(s.form, Form::Cuff);
    assert_eq!(s.scale, Scale::Chunky);
    assert_eq!(s.finish, Finish::Polished);
    let used: Vec<_> = c
        .designs_with_motif("kawung")
        .flat_map(|d| d.techniques.clone())
        .collect();
    assert!(s.techniques.iter().all(|t| used.contains(t)));
    assert!(s.weight_g > 5.0 && s.weight_g < 200.0, "{}", s.weight_g);
    assert!(s.price.as_ref().unwrap().idr > 0);
    let fine = sketch(&c, "kawung", "stacking-rings").unwrap();
    assert!(
        fine.weight_g < s.weight_g,
        "a fine ring weighs less than a chunky cuff"
    );
    assert_eq!(s.id(), "kawung+chunky-organic");
    let family = c.motif("kawung").unwrap().family;
    let svg = render_svg(
        &s.art(family),
        &ArtText {
            title: "Kawung",
            description: "sketch",
        },
    );
    assert!(roxmltree::Document::parse(&svg).is_ok());
    assert_eq!(sketch(&c, "kawung", "nope"), None);
    assert_eq!(sketch(&c, "nope", "chunky-organic"), None);
}

fn board(name: &str) -> Board {
    Board {
        // Ids have the shape the app gives them (letters, digits, dashes), whatever the name.
        id: format!(
            "b-{}",
            name.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        ),
        name: name.into(),
        items: vec![],
    }
}

#[test]
fn boards_keep_notes_and_round_trip_through_a_file_and_a_link() {
    let mut b = board("Pameran Jakarta 💍");
    add_item(
        &mut b,
        ItemRef::sketch("kawung", "chunky-organic"),
        "  Coba versi doff <b>tebal</b>  ".into(),
    )
    .unwrap();
    add_item(&mut b, ItemRef::trend("mocha-warm"), "".into()).unwrap();
    add_item(
        &mut b,
        ItemRef::trend("mocha-warm"),
        "second note wins".into(),
    )
    .unwrap();
    assert_eq!(b.items.len(), 2);
    assert_eq!(b.items[0].note, "Coba versi doff <b>tebal</b>");
    assert_eq!(b.items[1].note, "second note wins");
    assert_eq!(
        add_item(&mut b, ItemRef::motif("x"), "x".repeat(1001)),
        Err(BoardProblem::NoteTooLong { max: 1000 })
    );

    let file = export(std::slice::from_ref(&b));
    assert_eq!(import(&file).unwrap(), vec![b.clone()]);
    assert_eq!(from_share_param(&share_param(&b)), Some(b.clone()));

    // A file's boards come in as new boards: a board here with the same id is never replaced.
    let mut mine = vec![board("A")];
    let mut n = 0;
    let fresh = import_as_new(&export(&[board("A")]), || {
        n += 1;
        format!("fresh-{n}")
    })
    .unwrap();
    assert_eq!(fresh[0].id, "fresh-1");
    assert_eq!(merge(&mut mine, fresh).unwrap(), 1);
    assert_eq!(mine.len(), 2);
    assert_eq!(mine[0], board("A"), "the device's own board is untouched");
}

#[test]
fn bad_board_files_are_refused_with_a_reason() {
    assert!(matches!(
        import("not json"),
        Err(BoardProblem::NotABoardsFile { .. })
    ));
    assert!(matches!(
        import(r#"{"format":"something-else","version":1,"boards":[]}"#),
        Err(BoardProblem::NotABoardsFile { .. })
    ));
    assert_eq!(
        import(
            r#"{"format":"perak-boards","version":1,"boards":[{"id":"x","name":"  ","items":[]}]}"#
        ),
        Err(BoardProblem::NameRequired)
    );
    assert_eq!(from_share_param("{garbage"), None);
    assert!(boards::parse_stored("").is_empty());
    let many: Vec<Board> = (0..51).map(|i| board(&i.to_string())).collect();
    assert_eq!(
        import(&export(&many)),
        Err(BoardProblem::TooManyBoards { max: 50 })
    );
}

#[test]
fn a_sketch_is_a_custom_request_in_the_shortlist_and_the_inquiry() {
    use perak_batankrajan::domain::inquiry::shortlist::{
        ShortlistItem, decode, encode, known, total,
    };
    use perak_batankrajan::domain::inquiry::{InquiryDraft, validate};
    let c = catalogue();
    let id = ItemRef::sketch("kawung", "chunky-organic");
    assert_eq!(id.key(), "sketch:kawung+chunky-organic");
    assert_eq!(ItemRef::parse(&id.key()), Some(id.clone()));
    let items = vec![ShortlistItem {
        item: id.clone(),
        qty: 3,
        size: None,
        finish: Some(Finish::Polished),
    }];
    assert_eq!(decode(&encode(&items)), items, "survives storage and links");
    assert_eq!(known(&items, &c).count(), 1);
    let unit = c.sketch_of(&id).unwrap().price.unwrap().idr;
    assert_eq!(total(&items, &c), unit * 3);
    let draft = InquiryDraft {
        name: "Ayu".into(),
        country: "Indonesia".into(),
        email: "ayu@example.id".into(),
        consent: true,
        items,
        ..InquiryDraft::default()
    };
    let inquiry = validate(&draft, &c).unwrap();
    assert_eq!(inquiry.items[0].item, id);
    assert_eq!(
        inquiry.items[0].workshop, "",
        "the collective picks the workshop"
    );
    // A sketch whose trend has gone is an unknown design, not a silent drop.
    let gone = InquiryDraft {
        items: vec![ShortlistItem {
            item: ItemRef::sketch("kawung", "gone"),
            qty: 1,
            size: None,
            finish: None,
        }],
        ..draft
    };
    assert!(validate(&gone, &c).is_err());
}

#[test]
fn pickers_list_matches_in_kind_order_capped_and_always_the_chosen_item() {
    use perak_batankrajan::domain::Lang;
    use perak_batankrajan::domain::catalogue::synthetic::synthetic_catalogue;
    use perak_batankrajan::domain::studio::compare::pick_options;

    let c = catalogue();
    let kinds = ["Motif", "Tren", "Desain"];
    // Nothing typed: everything, motifs first, then trends, then designs.
    let (all, total) = pick_options(&c, Lang::Id, "", kinds, None, usize::MAX);
    assert_eq!(total, c.motifs.len() + c.trends.len() + c.designs.len());
    assert_eq!(all.len(), total);
    assert!(all.windows(2).all(|w| w[0].kind <= w[1].kind));

    // Case and accents do not matter; the name is matched in the chosen language.
    let (hits, n) = pick_options(&c, Lang::Id, "KAWUNG", kinds, None, usize::MAX);
    assert_eq!(n, hits.len());
    assert!(
        hits.iter()
            .any(|o| o.item == ItemRef::Motif("kawung".into()))
    );
    assert!(
        hits.iter()
            .all(|o| o.name.to_lowercase().contains("kawung"))
    );
    // The kind word matches too: "tren" lists every trend.
    let (trends, _) = pick_options(&c, Lang::Id, "tren", kinds, None, usize::MAX);
    assert_eq!(
        trends.iter().filter(|o| o.kind == 1).count(),
        c.trends.len()
    );

    // At 10,000 designs the list stays short and says how many matched; the chosen design is kept even
    // when it falls outside the first hundred or outside the filter.
    let big = synthetic_catalogue(&c, 10_000);
    let last = ItemRef::design(big.designs.last().unwrap().id.as_str());
    let (shown, total) = pick_options(&big, Lang::Id, "cincin", kinds, Some(&last), 100);
    assert!(total > 100, "{total}");
    assert!(shown.len() <= 101);
    assert!(shown.iter().any(|o| o.item == last));
    let (none, total) = pick_options(&big, Lang::Id, "zzzz", kinds, Some(&last), 100);
    assert_eq!(total, 0);
    assert_eq!(none.len(), 1, "only the chosen item");
}
