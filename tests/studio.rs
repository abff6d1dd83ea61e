//! The makers' studio drafts, natively: a draft is checked by the loader's own rules, names each
//! problem by its field, keeps what was typed, and round-trips every catalogue design.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use perak_batankrajan::domain::catalogue::mix::Mix;
use perak_batankrajan::domain::studio::draft::{
    Change, DesignDraft, DraftProblem, VariantDraft, id_from_name, read_decimal,
};
use perak_batankrajan::domain::{Catalogue, Form, Lang, Problem, load_from_dir};
use proptest::prelude::*;

fn catalogue() -> Catalogue {
    load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")).unwrap()
}

/// A new ring as a maker would fill it in.
fn new_ring(c: &Catalogue) -> DesignDraft {
    let mut d = DesignDraft::new("u1".into(), "2026-12-05");
    d.name.id = "Cincin Teratai Baru".into();
    d.name.en = "New lotus ring".into();
    d.workshop = c.workshops[0].id.clone();
    d.motifs = vec![c.motifs[0].id.clone()];
    d.techniques = vec!["filigree".into()];
    d.weight_g = "5,2".into();
    d.width_mm = "20".into();
    d.height_mm = "21".into();
    d.depth_mm = "8.5".into();
    d
}

fn fields(problems: &[DraftProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn a_complete_new_draft_becomes_a_design_with_an_id_from_its_name() {
    let c = catalogue();
    let draft = new_ring(&c);
    let design = draft.check(&c, &[]).unwrap();
    assert_eq!(design.id, "cincin-teratai-baru");
    assert_eq!(design.weight_g, 5.2, "a decimal comma reads as the point");
    assert_eq!(design.dimensions.depth_mm, 8.5);
    assert_eq!(design.form, Form::Ring);
    assert_eq!(design.fineness, 925);
    assert_eq!(design.date, "2026-12-05");
    assert_eq!(
        design.name.de, None,
        "an empty translation is left out, not stored empty"
    );
    assert_eq!(draft.change(), Change::Add);
}

#[test]
fn each_problem_is_named_by_its_field_and_the_typed_text_stays() {
    let c = catalogue();
    let mut draft = new_ring(&c);
    draft.name.en = "  ".into();
    draft.weight_g = "lima".into();
    draft.width_mm = "900".into();
    draft.fineness = "900".into();
    draft.workshop = "nobody".into();
    draft.variants = vec![VariantDraft {
        size: "".into(),
        finish: "polished".into(),
        weight_g: "4".into(),
    }];
    draft.date = "5 Dec".into();
    let problems = draft.check(&c, &[]).unwrap_err();
    let by_field = |f: &str| {
        problems
            .iter()
            .find(|p| p.field == f)
            .map(|p| p.problem.clone())
            .unwrap_or_else(|| panic!("no problem named {f}: {problems:?}"))
    };
    assert_eq!(
        by_field("name.en"),
        Problem::MissingTranslation { lang: Lang::En }
    );
    assert_eq!(
        by_field("weight_g"),
        Problem::NotANumber {
            value: "lima".into()
        }
    );
    assert!(matches!(
        by_field("dimensions.width_mm"),
        Problem::OutOfRange { .. }
    ));
    assert_eq!(
        by_field("fineness"),
        Problem::UnknownFineness { value: 900 }
    );
    assert_eq!(
        by_field("workshop"),
        Problem::UnknownWorkshop {
            id: "nobody".into()
        }
    );
    assert_eq!(by_field("variants[0].size"), Problem::MissingField);
    assert!(matches!(by_field("date"), Problem::BadDate { .. }));
    // One problem per field: the unreadable weight is not also "out of range".
    assert_eq!(
        fields(&problems)
            .iter()
            .filter(|f| **f == "weight_g")
            .count(),
        1
    );
    // What was typed is still there to be corrected.
    assert_eq!(draft.weight_g, "lima");
    assert_eq!(draft.width_mm, "900");
}

#[test]
fn a_list_field_shows_the_problem_of_any_of_its_entries() {
    use perak_batankrajan::domain::studio::draft::problem_for;
    let c = catalogue();
    let mut draft = new_ring(&c);
    draft.motifs.push("no-such-motif".into());
    let problems = draft.check(&c, &[]).unwrap_err();
    let motif = problem_for(&problems, "motifs").unwrap();
    assert_eq!(motif.field, "motifs[1]");
    assert!(
        problem_for(&problems, "motif").is_none(),
        "a prefix is not a list"
    );
    assert!(problem_for(&problems, "weight_g").is_none());
}

#[test]
fn an_unnamed_draft_asks_for_a_name_not_an_id() {
    let c = catalogue();
    let draft = DesignDraft::new("u1".into(), "2026-12-05");
    let problems = draft.check(&c, &[]).unwrap_err();
    assert_eq!(problems[0].field, "name.id");
    assert!(!fields(&problems).contains(&"id"));
    for f in ["workshop", "weight_g", "dimensions.width_mm"] {
        assert!(
            problems
                .iter()
                .any(|p| p.field == f && p.problem == Problem::MissingField),
            "{f} is missing: {problems:?}"
        );
    }
}

#[test]
fn an_id_the_catalogue_or_another_draft_holds_is_refused_but_an_edit_keeps_its_own() {
    let c = catalogue();
    let existing = &c.designs[0];
    let mut draft = new_ring(&c);
    draft.id = existing.id.clone();
    assert_eq!(
        draft.check(&c, &[]).unwrap_err()[0].problem,
        Problem::DuplicateId {
            id: existing.id.clone()
        }
    );
    let draft = new_ring(&c);
    let others = vec!["cincin-teratai-baru".to_owned()];
    assert!(fields(&draft.check(&c, &others).unwrap_err()).contains(&"id"));
    let edit = DesignDraft::from_design("u2".into(), existing);
    assert_eq!(edit.change(), Change::Edit);
    assert_eq!(edit.check(&c, &[]).as_ref(), Ok(existing));
    let mut bad = new_ring(&c);
    bad.id = "Cincin Baru!".into();
    assert!(matches!(
        bad.check(&c, &[]).unwrap_err()[0].problem,
        Problem::BadId { .. }
    ));
}

#[test]
fn the_loader_and_the_studio_refuse_the_same_design_for_the_same_field() {
    // A design the loader would reject in designs.json is rejected by the studio, with the same field.
    let c = catalogue();
    let mut design = c.designs[0].clone();
    design.weight_g = 0.01;
    design.dimensions.depth_mm = 0.0;
    let mut files = c.clone();
    files.designs[0] = design.clone();
    let dir = tempdir_with(&files);
    let loader_fields: Vec<String> = load_from_dir(&dir)
        .unwrap_err()
        .into_iter()
        .filter_map(|e| e.field)
        .collect();
    let studio = DesignDraft::from_design("u".into(), &design)
        .check(&c, &[])
        .unwrap_err();
    let studio_fields: Vec<String> = studio.into_iter().map(|p| p.field).collect();
    assert_eq!(loader_fields, studio_fields);
    assert_eq!(studio_fields, ["weight_g", "dimensions.depth_mm"]);
}

/// The shipped data files with `designs.json` replaced, in a fresh directory.
fn tempdir_with(c: &Catalogue) -> std::path::PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let dir = std::env::temp_dir().join(format!("perak-studio-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["settings", "workshops", "motifs", "trends"] {
        std::fs::copy(src.join(format!("{f}.json")), dir.join(format!("{f}.json"))).unwrap();
    }
    let designs = serde_json::json!({ "version": 1, "designs": c.designs });
    std::fs::write(dir.join("designs.json"), designs.to_string()).unwrap();
    dir
}

#[test]
fn a_duplicate_is_a_new_design_and_a_withdrawal_names_the_design_it_removes() {
    let c = catalogue();
    let d = &c.designs[3];
    let copy = DesignDraft::from_design("u1".into(), d).duplicate("u2".into(), "2026-12-05");
    assert_eq!(copy.change(), Change::Add);
    assert_eq!(copy.base, None);
    // Its id comes from its name, never the original's; a second copy would take the first one's.
    let first = copy.check(&c, &[]).unwrap();
    assert_ne!(first.id, d.id);
    assert_eq!(first.date, "2026-12-05");
    let again = copy.duplicate("u4".into(), "2026-12-05");
    assert_eq!(
        again
            .check(&c, std::slice::from_ref(&first.id))
            .unwrap_err()[0]
            .problem,
        Problem::DuplicateId { id: first.id }
    );
    let gone = DesignDraft::withdrawal("u3".into(), d);
    assert_eq!(gone.change(), Change::Withdraw);
    assert_eq!(gone.check(&c, &[]).unwrap().id, d.id);
}

#[test]
fn a_mixer_design_becomes_a_draft_with_its_form_motif_and_estimates() {
    let c = catalogue();
    let mix = Mix::from_key("mix:ring.lotus.12.4.filigree.oxidised.950.110").unwrap();
    let mut draft = DesignDraft::from_mix("u1".into(), &mix, &c, "2026-12-05");
    assert_eq!(draft.form, "ring");
    assert_eq!(draft.finish, "oxidised");
    assert_eq!(draft.fineness, "950");
    assert_eq!(draft.techniques, ["filigree"]);
    let motif = c.motif(&draft.motifs[0]).unwrap();
    assert_eq!(motif.family, mix.motif);
    assert_eq!(
        read_decimal(&draft.weight_g).unwrap(),
        (mix.weight_g(&c) * 100.0).round() / 100.0
    );
    // Only what a maker must add is missing: its name and workshop.
    let missing = fields(&draft.check(&c, &[]).unwrap_err())
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    assert_eq!(missing, ["name.id", "name.en", "workshop"]);
    draft.name.id = "Cincin Teratai".into();
    draft.name.en = "Lotus ring".into();
    draft.workshop = c.workshops[1].id.clone();
    assert!(draft.check(&c, &[]).is_ok());
}

#[test]
fn a_description_is_optional_but_once_written_needs_indonesian_and_english() {
    let c = catalogue();
    let mut draft = new_ring(&c);
    assert_eq!(draft.check(&c, &[]).unwrap().description, None);
    draft.description.id = "Dibuat dengan kawat halus.".into();
    let problems = draft.check(&c, &[]).unwrap_err();
    assert_eq!(problems[0].field, "description.en");
    assert_eq!(
        problems[0].problem,
        Problem::MissingTranslation { lang: Lang::En }
    );
    draft.description.en = "Made of fine wire.".into();
    let design = draft.check(&c, &[]).unwrap();
    let text = design.description.as_ref().unwrap();
    assert_eq!(text.get(Lang::En), "Made of fine wire.");
    // An edit keeps it, and the loader reads it back from a data file.
    let again = DesignDraft::from_design("u9".into(), &design);
    assert_eq!(again.description.id, "Dibuat dengan kawat halus.");
    let json = serde_json::to_string(&design).unwrap();
    assert!(json.contains("\"description\""));
    let without: perak_batankrajan::domain::Design =
        serde_json::from_str(&serde_json::to_string(&c.designs[0]).unwrap()).unwrap();
    assert_eq!(without.description, None, "older files have none");
}

#[test]
fn a_weight_far_from_the_geometric_estimate_is_pointed_out_but_allowed() {
    use perak_batankrajan::domain::studio::draft::weight_far_from_estimate;
    let c = catalogue();
    // Every shipped design is within the tolerance, so none is flagged.
    assert!(
        c.designs
            .iter()
            .all(|d| weight_far_from_estimate(d).is_none())
    );
    let mut draft = DesignDraft::from_design("u".into(), &c.designs[0]);
    draft.weight_g = "50".into();
    let heavy = draft.check(&c, &[]).unwrap();
    let estimate = weight_far_from_estimate(&heavy).unwrap();
    assert!(estimate < 50.0 * 0.7, "{estimate}");
}

#[test]
fn a_stored_draft_from_another_version_reads_without_failing() {
    let old: DesignDraft =
        serde_json::from_str(r#"{"uid":"x","name":{"id":"Cincin"},"weight_g":"3","future":1}"#)
            .unwrap();
    assert_eq!(old.name.id, "Cincin");
    assert_eq!(old.name.en, "");
    assert_eq!(old.weight_g, "3");
}

#[test]
fn ids_from_names_are_ids_the_loader_accepts() {
    assert_eq!(
        id_from_name("Cincin Surya — Majapahit!"),
        "cincin-surya-majapahit"
    );
    assert_eq!(id_from_name("  Kalung  2026 "), "kalung-2026");
    assert_eq!(id_from_name("Éclat"), "clat");
    assert_eq!(id_from_name("—"), "");
}

proptest! {
    /// Every catalogue design goes into a draft and comes back the same, whatever it is.
    #[test]
    fn every_catalogue_design_round_trips_through_a_draft(i in 0usize..1000) {
        let c = catalogue();
        let d = &c.designs[i % c.designs.len()];
        let draft = DesignDraft::from_design("u".into(), d);
        let checked = draft.check(&c, &[]);
        prop_assert_eq!(checked.as_ref(), Ok(d));
    }

    /// Whatever is typed, checking never panics and never accepts an unreadable figure.
    #[test]
    fn checking_any_typed_text_never_panics(weight in ".{0,12}", width in ".{0,12}", name in ".{0,20}", fineness in ".{0,5}") {
        let c = catalogue();
        let mut draft = new_ring(&c);
        draft.weight_g = weight.clone();
        draft.width_mm = width;
        draft.name.id = name;
        draft.fineness = fineness;
        if let Ok(design) = draft.check(&c, &[]) {
            prop_assert_eq!(Some(design.weight_g), read_decimal(&weight));
            prop_assert!(perak_batankrajan::domain::FINENESSES.contains(&design.fineness));
        }
    }
}
