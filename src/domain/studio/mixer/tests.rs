use super::*;
use crate::domain::load_from_dir;

fn shipped() -> Catalogue {
    load_from_dir(std::path::Path::new("public/data")).expect("the shipped catalogue loads")
}

fn read(query: &[(&str, &str)]) -> (Mix, Vec<Adjustment>) {
    Mix::from_pairs(Mix::default(), query.iter().copied())
}

#[test]
fn a_link_round_trips() {
    let mix = Mix {
        form: Form::Brooch,
        motif: MotifFamily::Lotus,
        count: 12,
        density: 2,
        techniques: vec![Technique::Filigree, Technique::Granulation],
        finish: Finish::Oxidised,
        fineness: 950,
        size: 130,
    };
    let pairs = mix.to_pairs();
    let (back, notes) =
        Mix::from_pairs(Mix::default(), pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert_eq!(back, mix);
    assert!(notes.is_empty());
}

#[test]
fn out_of_range_and_unknown_values_open_the_nearest_valid_design_and_say_so() {
    let (mix, notes) = read(&[
        ("form", "spaceship"),
        ("motif", "majapahit_sun"),
        ("count", "400"),
        ("density", "0"),
        ("size", "abc"),
        ("fineness", "930"),
        ("tech", "casting,laser"),
        ("finish", "gold"),
        ("unknown", "ignored"),
    ]);
    assert_eq!(mix.form, Form::Pendant);
    assert_eq!(mix.count, 24, "clamped to the sun's most rays");
    assert_eq!(mix.density, 1);
    assert_eq!(mix.size, 100);
    assert_eq!(mix.fineness, 925, "the nearest fineness worked in");
    assert_eq!(mix.techniques, vec![Technique::Casting]);
    assert_eq!(mix.finish, Finish::Polished);
    let said: Vec<(&str, &str, &str)> = notes
        .iter()
        .map(|n| (n.field, n.given.as_str(), n.used.as_str()))
        .collect();
    assert_eq!(
        said,
        vec![
            ("form", "spaceship", "pendant"),
            ("size", "abc", "100"),
            ("fineness", "930", "925"),
            ("tech", "casting,laser", "casting"),
            ("finish", "gold", "polished"),
            // Density and count are read once the family is known.
            ("density", "0", "1"),
            ("count", "400", "24"),
        ]
    );
}

#[test]
fn the_count_follows_the_family_and_a_shape_defined_family_has_none() {
    let (mix, notes) = read(&[("motif", "scroll"), ("count", "20")]);
    assert_eq!((mix.count, notes.len()), (8, 1));
    // A family change keeps a count that fits, and takes the family's own when it does not.
    let (mix, _) = Mix::from_pairs(
        Mix {
            count: 20,
            ..Mix::default()
        },
        [("motif", "lotus")],
    );
    assert_eq!(mix.count, 8);
    let (mix, notes) = read(&[("motif", "kawung"), ("count", "7")]);
    assert_eq!(mix.count, 0);
    assert!(
        notes.is_empty(),
        "a count a family does not take is not an error"
    );
    assert!(!mix.to_pairs().iter().any(|(k, _)| *k == "count"));
}

#[test]
fn weight_grows_with_size_and_density_and_the_price_with_weight() {
    let c = shipped();
    let base = Mix::default();
    let bigger = Mix {
        size: 130,
        ..base.clone()
    };
    let denser = Mix {
        density: 5,
        ..base.clone()
    };
    assert!(bigger.weight_g(&c) > base.weight_g(&c));
    assert!(denser.weight_g(&c) > base.weight_g(&c));
    let p = |m: &Mix| m.price(&c).unwrap().idr;
    assert!(p(&bigger) > p(&base));
    // At the usual size, every form weighs about what the catalogue's own pieces of that form weigh.
    for form in Form::ALL {
        let mix = Mix {
            form,
            ..base.clone()
        };
        let mut stated: Vec<f64> = c
            .designs
            .iter()
            .filter(|d| d.form == form)
            .map(|d| d.weight_g)
            .collect();
        stated.sort_by(f64::total_cmp);
        let median = stated[stated.len() / 2];
        let w = mix.weight_g(&c);
        assert!(
            (median / 3.0..median * 3.0).contains(&w),
            "{form:?}: {w:.1} g against the catalogue's {median:.1} g"
        );
    }
}

#[test]
fn variations_are_twelve_distinct_neighbours_and_the_same_for_a_seed() {
    for base in [
        Mix::default(),
        Mix {
            motif: MotifFamily::Kawung,
            count: 0,
            ..Mix::default()
        },
    ] {
        let a = variations(&base, 7);
        assert_eq!(a.len(), VARIATIONS);
        assert_eq!(a, variations(&base, 7));
        assert_ne!(a, variations(&base, 8));
        for (i, v) in a.iter().enumerate() {
            assert_ne!(*v, base);
            assert!(!a[..i].contains(v));
            // Each is a valid configuration: its link reads back as itself.
            let pairs = v.to_pairs();
            let (back, notes) =
                Mix::from_pairs(Mix::default(), pairs.iter().map(|(k, v)| (*k, v.as_str())));
            assert_eq!((&back, notes.len()), (v, 0));
        }
    }
}

#[test]
fn undo_and_redo_walk_the_changes() {
    let mut h = History::default();
    let a = Mix::default();
    let b = Mix {
        count: 12,
        ..a.clone()
    };
    let c = Mix {
        size: 140,
        ..b.clone()
    };
    h.changed(a.clone(), Some("count"));
    h.changed(b.clone(), Some("size"));
    assert_eq!(h.undo(c.clone()), Some(b.clone()));
    assert_eq!(h.undo(b.clone()), Some(a.clone()));
    assert_eq!(h.undo(a.clone()), None);
    assert_eq!(h.redo(a.clone()), Some(b.clone()));
    assert!(h.can_redo());
    // A new change after undoing drops the redo.
    h.changed(b, None);
    assert!(!h.can_redo());
    assert!(h.can_undo());
}

#[test]
fn every_catalogue_item_gives_a_starting_point() {
    let c = shipped();
    for d in &c.designs {
        let mix = Mix::from_item(&c, &ItemRef::design(d.id.clone())).unwrap();
        assert_eq!((mix.form, mix.finish), (d.form, d.finish));
    }
    let m = &c.motifs[0];
    let mix = Mix::from_item(&c, &ItemRef::motif(m.id.clone())).unwrap();
    assert_eq!(mix.motif, m.family);
    let t = &c.trends[0];
    assert!(Mix::from_item(&c, &ItemRef::trend(t.id.clone())).is_some());
    assert!(Mix::from_item(&c, &ItemRef::sketch(m.id.clone(), t.id.clone())).is_some());
    assert!(Mix::from_item(&c, &ItemRef::design("no-such-design")).is_none());
}

#[test]
fn one_control_moved_several_times_in_a_row_is_one_undo_step() {
    let mut h = History::default();
    let at = |size| Mix {
        size,
        ..Mix::default()
    };
    // A slider dragged from 100 to 115, then the density changed.
    h.changed(at(100), Some("size"));
    h.changed(at(105), Some("size"));
    h.changed(at(110), Some("size"));
    h.changed(at(115), Some("density"));
    let current = Mix {
        density: 4,
        ..at(115)
    };
    assert_eq!(h.undo(current), Some(at(115)));
    assert_eq!(h.undo(at(115)), Some(at(100)), "the drag is one step");
    assert!(!h.can_undo());
}

#[test]
fn a_density_for_a_family_without_one_is_ignored_and_sizes_fall_on_the_sliders_steps() {
    let (mix, notes) = read(&[("motif", "kawung"), ("density", "9")]);
    assert_eq!(mix.density, Mix::default().density);
    assert!(notes.is_empty());
    let (mix, notes) = read(&[("size", "63")]);
    assert_eq!(mix.size, 65);
    assert_eq!(notes.len(), 1);
    let (mix, notes) = read(&[("fineness", "99999")]);
    assert_eq!((mix.fineness, notes.len()), (999, 1));
    let (mix, notes) = read(&[("fineness", "-5")]);
    assert_eq!((mix.fineness, notes.len()), (800, 1));
    // Only typos keep the design's techniques; an empty list is a plain piece.
    let (mix, notes) = read(&[("tech", "laser")]);
    assert_eq!(mix.techniques, Mix::default().techniques);
    assert_eq!(notes.len(), 1);
    let (mix, notes) = read(&[("tech", "")]);
    assert!(mix.techniques.is_empty() && notes.is_empty());
}

#[test]
fn differences_name_what_a_variation_changed() {
    let base = Mix::default();
    for v in variations(&base, 3) {
        let d = differences(&base, &v);
        assert!(!d.is_empty() && d.len() <= 4, "{d:?}");
    }
}

#[test]
fn a_link_starts_from_its_item_and_names_what_it_could_not_read() {
    let c = shipped();
    let link = |pairs: &[(&str, &str)]| {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        MixLink::read(&c, move |k| {
            pairs.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone())
        })
    };
    let m = &c.motifs[0];
    let from = format!("m:{}", m.id);
    let read = link(&[("from", &from), ("size", "120"), ("vary", "3")]);
    assert_eq!(read.from, Some(ItemRef::motif(m.id.clone())));
    assert_eq!(
        (read.mix.motif, read.mix.size, read.vary),
        (m.family, 120, Some(3))
    );
    assert!(read.adjusted.is_empty());

    let read = link(&[("from", "m:no-such-motif"), ("vary", "many")]);
    assert_eq!((read.from, read.vary), (None, None));
    assert_eq!(read.mix, Mix::default());
    let fields: Vec<&str> = read.adjusted.iter().map(|a| a.field).collect();
    assert_eq!(fields, vec!["from", "vary"]);
}
