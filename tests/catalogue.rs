//! The shipped catalogue and the loader's handling of bad data, natively.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use perak_batankrajan::domain::pricing::weight::{TOLERANCE, deviation, estimate_grams};
use perak_batankrajan::domain::render::{ArtSpec, ArtText, render_svg};
use perak_batankrajan::domain::{
    Catalogue, DataFile, Fetched, Form, LoadError, Problem, load_catalogue,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn shipped_files() -> HashMap<DataFile, String> {
    DataFile::ALL
        .into_iter()
        .map(|f| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("public/data")
                .join(f.file_name());
            (f, std::fs::read_to_string(path).expect("shipped data file"))
        })
        .collect()
}

fn load_with(files: &HashMap<DataFile, String>) -> Result<Catalogue, Vec<LoadError>> {
    load_catalogue(|f| {
        files
            .get(&f)
            .map(|t| Fetched::Text(t.clone()))
            .unwrap_or(Fetched::Missing)
    })
}

/// Loads the shipped catalogue with one file's JSON changed by `edit`.
fn load_edited(file: DataFile, edit: impl FnOnce(&mut Value)) -> Vec<LoadError> {
    let mut files = shipped_files();
    let mut value: Value = serde_json::from_str(&files[&file]).unwrap();
    edit(&mut value);
    files.insert(file, value.to_string());
    load_with(&files).expect_err("edited catalogue must be rejected")
}

fn shipped() -> Catalogue {
    load_with(&shipped_files()).unwrap_or_else(|e| panic!("shipped catalogue rejected: {e:#?}"))
}

#[test]
fn the_shipped_catalogue_loads_and_is_rich_enough() {
    let c = shipped();
    assert!(c.designs.len() >= 60, "{} designs", c.designs.len());
    assert!(c.motifs.len() >= 12);
    assert!(c.trends.len() >= 10);
    assert!(c.workshops.len() >= 6);
    assert!(
        c.workshops.iter().all(|w| w.sample),
        "every invented workshop is marked as sample data"
    );
    let forms: BTreeSet<Form> = c.designs.iter().map(|d| d.form).collect();
    assert_eq!(forms.len(), Form::ALL.len(), "every form is covered");
    assert!(
        c.motifs.iter().all(|m| !m.sources.is_empty()),
        "every motif's history is sourced"
    );
    assert!(
        c.trends
            .iter()
            .all(|t| !t.sources.is_empty() && t.year_from >= 2024 && t.year_to <= 2026)
    );
}

#[test]
fn stated_weights_agree_with_the_geometric_estimate() {
    let c = shipped();
    for d in &c.designs {
        let est = estimate_grams(d.form, &d.dimensions, d.fineness, &d.techniques);
        let dev = deviation(d.weight_g, est);
        assert!(
            dev <= TOLERANCE,
            "{}: stated {} g, estimated {est:.1} g ({:.0} % apart)",
            d.id,
            d.weight_g,
            dev * 100.0
        );
    }
}

#[test]
fn every_shipped_design_renders_to_well_formed_svg() {
    let c = shipped();
    let mut distinct = BTreeSet::new();
    for d in &c.designs {
        let svg = render_svg(
            &ArtSpec::for_design(d, c.lead_motif(d)),
            &ArtText {
                title: &d.name.id,
                description: "x",
            },
        );
        roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{}: {e}", d.id));
        assert!(
            svg.len() < 20_000,
            "{} renders to {} bytes",
            d.id,
            svg.len()
        );
        distinct.insert(svg);
    }
    assert_eq!(
        distinct.len(),
        c.designs.len(),
        "no two designs draw identically"
    );
    for t in &c.trends {
        let svg = render_svg(
            &ArtSpec::for_trend(t),
            &ArtText {
                title: &t.name.en,
                description: "x",
            },
        );
        roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{}: {e}", t.id));
    }
}

fn only_problem(errors: &[LoadError]) -> &LoadError {
    assert_eq!(errors.len(), 1, "{errors:#?}");
    &errors[0]
}

#[test]
fn a_missing_file_is_named() {
    let mut files = shipped_files();
    files.remove(&DataFile::Designs);
    let errors = load_with(&files).unwrap_err();
    let e = only_problem(&errors);
    assert_eq!(
        (e.file, &e.problem),
        ("designs.json", &Problem::FileMissing)
    );
}

#[test]
fn an_unreachable_file_keeps_the_reason() {
    let errors = load_catalogue(|f| match f {
        DataFile::Motifs => Fetched::Unreachable("HTTP 500".into()),
        f => Fetched::Text(shipped_files().remove(&f).unwrap()),
    })
    .unwrap_err();
    let e = only_problem(&errors);
    assert_eq!(e.file, "motifs.json");
    assert_eq!(
        e.problem,
        Problem::FileUnreachable {
            detail: "HTTP 500".into()
        }
    );
}

#[test]
fn text_that_is_not_json_gives_line_and_column() {
    let mut files = shipped_files();
    files.insert(
        DataFile::Workshops,
        "{\n  \"version\": 1,\n  oops\n}".into(),
    );
    let errors = load_with(&files).unwrap_err();
    let e = only_problem(&errors);
    assert_eq!(e.file, "workshops.json");
    assert!(
        matches!(e.problem, Problem::NotJson { line: 3, .. }),
        "{:?}",
        e.problem
    );
}

#[test]
fn an_unknown_workshop_names_the_design_and_field() {
    let errors = load_edited(DataFile::Designs, |v| {
        v["designs"][0]["workshop"] = json!("bengkel-hantu")
    });
    let e = only_problem(&errors);
    assert_eq!(e.file, "designs.json");
    assert_eq!(e.entry.as_deref(), Some("ring-surya-majapahit"));
    assert_eq!(e.field.as_deref(), Some("workshop"));
    assert_eq!(
        e.problem,
        Problem::UnknownWorkshop {
            id: "bengkel-hantu".into()
        }
    );
}

#[test]
fn an_unknown_motif_names_its_position() {
    let errors = load_edited(DataFile::Designs, |v| {
        v["designs"][1]["motifs"] = json!(["kawung", "naga"])
    });
    let e = only_problem(&errors);
    assert_eq!(e.field.as_deref(), Some("motifs[1]"));
    assert_eq!(e.problem, Problem::UnknownMotif { id: "naga".into() });
}

#[test]
fn duplicate_ids_are_reported() {
    let errors = load_edited(DataFile::Motifs, |v| {
        v["motifs"][1]["id"] = json!("surya-majapahit")
    });
    assert!(
        errors.iter().any(|e| e.problem
            == Problem::DuplicateId {
                id: "surya-majapahit".into()
            }),
        "{errors:#?}"
    );
}

#[test]
fn weights_and_sizes_out_of_range_are_reported() {
    let errors = load_edited(DataFile::Designs, |v| {
        v["designs"][2]["weight_g"] = json!(4200);
        v["designs"][3]["dimensions"]["width_mm"] = json!(0);
        v["designs"][4]["variants"][0]["weight_g"] = json!(-1);
    });
    let fields: BTreeSet<_> = errors.iter().filter_map(|e| e.field.clone()).collect();
    assert!(
        fields.contains("weight_g")
            && fields.contains("dimensions.width_mm")
            && fields.contains("variants[0].weight_g"),
        "{fields:?}"
    );
    assert!(
        errors
            .iter()
            .all(|e| matches!(e.problem, Problem::OutOfRange { .. }))
    );
}

#[test]
fn an_unknown_fineness_is_reported() {
    let errors = load_edited(DataFile::Designs, |v| {
        v["designs"][0]["fineness"] = json!(720)
    });
    assert_eq!(
        only_problem(&errors).problem,
        Problem::UnknownFineness { value: 720 }
    );
}

#[test]
fn a_missing_translation_is_reported_with_its_language() {
    let errors = load_edited(DataFile::Motifs, |v| {
        v["motifs"][0]["meaning"]["en"] = json!("  ")
    });
    let e = only_problem(&errors);
    assert_eq!(e.field.as_deref(), Some("meaning.en"));
    assert!(matches!(e.problem, Problem::MissingTranslation { .. }));
}

#[test]
fn an_unknown_form_and_a_missing_field_are_reported() {
    let errors = load_edited(DataFile::Designs, |v| {
        v["designs"][0]["form"] = json!("crown");
        v["designs"][1].as_object_mut().unwrap().remove("weight_g");
    });
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(errors[0].field.as_deref(), Some("form"));
    assert_eq!(
        errors[0].problem,
        Problem::UnknownValue {
            value: "crown".into()
        }
    );
    assert_eq!(errors[1].field.as_deref(), Some("weight_g"));
    assert_eq!(errors[1].problem, Problem::MissingField);
}

#[test]
fn a_newer_format_version_is_refused() {
    let errors = load_edited(DataFile::Trends, |v| v["version"] = json!(2));
    assert_eq!(
        only_problem(&errors).problem,
        Problem::UnsupportedVersion { found: "2".into() }
    );
}

#[test]
fn a_bad_date_and_a_bad_id_are_reported() {
    let errors = load_edited(DataFile::Designs, |v| {
        v["designs"][0]["date"] = json!("16/01/2026");
        v["designs"][1]["id"] = json!("Cincin Kawung!");
    });
    assert!(
        errors
            .iter()
            .any(|e| matches!(e.problem, Problem::BadDate { .. }))
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e.problem, Problem::BadId { .. }))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Arbitrary text in any file never panics the loader.
    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}", which in 0usize..5) {
        let mut files = shipped_files();
        files.insert(DataFile::ALL[which], text);
        let _ = load_with(&files);
    }

    /// Arbitrary JSON values in a design's fields are rejected or accepted, never a panic, and every
    /// rejection names a file.
    #[test]
    fn arbitrary_field_values_never_panic(
        index in 0usize..64,
        field in prop::sample::select(vec!["id", "workshop", "form", "motifs", "techniques", "finish", "fineness", "dimensions", "weight_g", "variants", "photos", "date", "name"]),
        value in prop_oneof![
            Just(json!(null)), any::<i64>().prop_map(|n| json!(n)), any::<f64>().prop_map(|n| json!(n)),
            ".{0,20}".prop_map(|s| json!(s)), Just(json!([])), Just(json!({})), Just(json!([1, "x", null])),
        ],
    ) {
        let mut files = shipped_files();
        let mut v: Value = serde_json::from_str(&files[&DataFile::Designs]).unwrap();
        v["designs"][index][field] = value;
        files.insert(DataFile::Designs, v.to_string());
        if let Err(errors) = load_with(&files) {
            prop_assert!(!errors.is_empty());
            prop_assert!(errors.iter().all(|e| !e.file.is_empty()));
        }
    }
}

#[test]
fn nested_fields_are_located() {
    let errors = load_edited(DataFile::Designs, |v| {
        v["designs"][0]["dimensions"]["width_mm"] = json!("lebar");
        v["designs"][1]["dimensions"]
            .as_object_mut()
            .unwrap()
            .remove("depth_mm");
        v["designs"][2]["variants"][1]["weight_g"] = json!(null);
        v["designs"][3]["techniques"] = json!(["casting", "welding"]);
    });
    let located: Vec<(Option<&str>, Option<&str>)> = errors
        .iter()
        .map(|e| (e.entry.as_deref(), e.field.as_deref()))
        .collect();
    assert_eq!(
        located,
        vec![
            (Some("ring-surya-majapahit"), Some("dimensions.width_mm")),
            (Some("ring-kawung"), Some("dimensions.depth_mm")),
            (Some("ring-polos"), Some("variants[1].weight_g")),
            (Some("ring-ukel"), Some("techniques[1]")),
        ],
        "{errors:#?}"
    );
    assert_eq!(errors[1].problem, Problem::MissingField);
    assert_eq!(
        errors[3].problem,
        Problem::UnknownValue {
            value: "welding".into()
        }
    );
}

fn art_spec() -> impl Strategy<Value = perak_batankrajan::domain::render::ArtSpec> {
    use perak_batankrajan::domain::{Finish, MotifFamily, Scale, Technique};
    let families = prop::sample::select(vec![
        None,
        Some(MotifFamily::MajapahitSun),
        Some(MotifFamily::Lotus),
        Some(MotifFamily::Kawung),
        Some(MotifFamily::Scroll),
        Some(MotifFamily::Rosette),
        Some(MotifFamily::KalaMakara),
        Some(MotifFamily::MojokertoBatik),
        Some(MotifFamily::Geometric),
    ]);
    (
        prop::sample::select(Form::ALL.to_vec()),
        families,
        prop::sample::subsequence(Technique::ALL.to_vec(), 0..=5),
        prop::sample::select(Finish::ALL.to_vec()),
        prop::sample::select(vec![Scale::Fine, Scale::Medium, Scale::Chunky]),
        any::<u64>(),
        // A maker's parameters, within the mixer's ranges for the family.
        prop::option::of((any::<u8>(), 1u8..=5)),
    )
        .prop_map(|(form, motif, techniques, finish, scale, seed, detail)| {
            perak_batankrajan::domain::render::ArtSpec {
                form,
                motif,
                techniques,
                finish,
                scale,
                seed,
                detail: detail.map(|(pick, density)| {
                    use perak_batankrajan::domain::studio::mixer::count_range;
                    let count = motif
                        .and_then(count_range)
                        .map_or(0, |r| r.start() + pick % (r.end() - r.start() + 1));
                    perak_batankrajan::domain::render::MotifDetail { count, density }
                }),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any valid parameters draw a well-formed, small, deterministic SVG whose text is escaped.
    #[test]
    fn any_valid_parameters_render_well_formed_svg(spec in art_spec(), title in ".{0,60}") {
        let text = ArtText { title: &title, description: "d" };
        let svg = render_svg(&spec, &text);
        let doc = roxmltree::Document::parse(&svg);
        prop_assert!(doc.is_ok(), "{:?}", doc.err());
        // The catalogue's drawings come by the dozen in a grid: 20 KB each at most. A mixer design is
        // drawn one at a time, with more rays and petals: 26 KB (the largest measured over every form,
        // family, technique set, finish and scale at the family's largest count: 23.5 KB, a batik tiara).
        let limit = if spec.detail.is_some() { 26_000 } else { 20_000 };
        prop_assert!(svg.len() < limit, "{} bytes", svg.len());
        prop_assert_eq!(svg.clone(), render_svg(&spec, &text));
        let drawing = svg.replace(&perak_batankrajan::domain::render::escape_xml(&title), "");
        prop_assert!(!drawing.contains("NaN") && !drawing.contains("inf"));
    }
}

/// Pins three more drawings: a change to any primitive shows up here and must be looked at first.
#[test]
fn snapshots_of_shipped_designs_are_stable() {
    let c = shipped();
    let digest = |id: &str| {
        let d = c.design(id).unwrap();
        let svg = render_svg(
            &ArtSpec::for_design(d, c.lead_motif(d)),
            &ArtText {
                title: &d.name.id,
                description: "x",
            },
        );
        format!(
            "{:016x} {}",
            perak_batankrajan::domain::render::seed_of(&svg),
            svg.len()
        )
    };
    let got = format!(
        "ring-kawung {}\ntiara-sulur {}\nbrooch-kala-makara {}\n",
        digest("ring-kawung"),
        digest("tiara-sulur"),
        digest("brooch-kala-makara")
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/designs.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    assert_eq!(
        got,
        std::fs::read_to_string(&path).unwrap_or_default(),
        "UPDATE_SNAPSHOTS=1 after a visual review"
    );
}

#[test]
fn featured_designs_are_best_sellers_then_the_rest_each_newest_first() {
    let c = shipped();
    let best = |d: &perak_batankrajan::domain::Design| d.tags.iter().any(|t| t == "bestseller");
    let sellers = c.designs.iter().filter(|d| best(d)).count();
    assert!(
        sellers > 0 && sellers < c.designs.len(),
        "the data has both kinds"
    );
    let all = c.featured(usize::MAX);
    assert_eq!(all.len(), c.designs.len());
    assert!(all[..sellers].iter().all(|d| best(d)));
    assert!(all[sellers..].iter().all(|d| !best(d)));
    for group in [&all[..sellers], &all[sellers..]] {
        assert!(group.windows(2).all(|w| w[0].date >= w[1].date));
    }
    assert_eq!(c.featured(6), all[..6].to_vec());
    assert!(c.featured(0).is_empty());
}

#[test]
fn a_trend_must_cite_a_public_source_with_an_address_other_than_this_project() {
    // Only the project's own brief: refused, naming the trend and the field.
    let errors = load_edited(DataFile::Trends, |v| {
        v["trends"][0]["sources"] = json!([{
            "title": "Perak Batankrajan product brief",
            "publisher": "Perak Batankrajan",
            "year": 2026,
            "url": "https://example.org/brief"
        }]);
    });
    let e = only_problem(&errors);
    assert_eq!(e.file, "trends.json");
    assert_eq!(e.entry.as_deref(), Some("chunky-organic"));
    assert_eq!(e.field.as_deref(), Some("sources"));
    assert_eq!(e.problem, Problem::NoExternalSource);
    // A source shown as a link must be an http(s) address.
    let errors = load_edited(DataFile::Trends, |v| {
        v["trends"][1]["sources"][0]["url"] = json!("javascript:alert(1)");
    });
    assert!(
        errors
            .iter()
            .any(|e| e.field.as_deref() == Some("sources[0].url")
                && e.problem
                    == Problem::BadUrl {
                        value: "javascript:alert(1)".into()
                    })
    );
    // Every shipped trend cites one.
    for t in &shipped().trends {
        assert!(
            t.sources.iter().any(|s| s.publisher != "Perak Batankrajan"
                && s.url.as_deref().is_some_and(|u| u.starts_with("https://"))),
            "{}",
            t.id
        );
    }
}

#[test]
fn the_five_files_as_fetched_load_as_the_directory_does_and_a_missing_one_is_named() {
    use perak_batankrajan::domain::{DataFile, Fetched, load_fetched, load_from_dir};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let text =
        |f: DataFile| Fetched::Text(std::fs::read_to_string(dir.join(f.file_name())).unwrap());
    let files = DataFile::ALL.map(text);
    assert_eq!(load_fetched(files.clone()), load_from_dir(&dir));
    let mut without_motifs = files;
    without_motifs[2] = Fetched::Missing;
    let errors = load_fetched(without_motifs).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| format!("{e:?}").contains("\"motifs.json\"")
                && format!("{e:?}").contains("FileMissing")),
        "{errors:?}"
    );
}
