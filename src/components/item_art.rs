use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::render::{ArtSpec, ArtText, render_svg, seed_of};
use crate::domain::studio::boards::BoardRef;
use crate::domain::studio::compare::sketch;
use crate::domain::{Catalogue, Finish, Form, Lang, Scale};
use crate::i18n::{t_string, use_i18n};
use crate::state::use_lang;

/// The name of anything the studio handles, in the user's language.
pub fn item_name(c: &Catalogue, target: &BoardRef, lang: Lang) -> Option<String> {
    Some(match target {
        BoardRef::Design { id } => c.design(id)?.name.get(lang).to_owned(),
        BoardRef::Motif { id } => c.motif(id)?.name.get(lang).to_owned(),
        BoardRef::Trend { id } => c.trend(id)?.name.get(lang).to_owned(),
        BoardRef::Sketch { motif, trend } => format!(
            "{} × {}",
            c.motif(motif)?.name.get(lang),
            c.trend(trend)?.name.get(lang)
        ),
    })
}

fn spec(c: &Catalogue, target: &BoardRef) -> Option<ArtSpec> {
    Some(match target {
        BoardRef::Design { id } => {
            let d = c.design(id)?;
            ArtSpec::for_design(d, c.lead_motif(d))
        }
        // A motif on its own is shown as a plain medallion, so that nothing but the motif is compared.
        BoardRef::Motif { id } => ArtSpec {
            form: Form::Pendant,
            motif: Some(c.motif(id)?.family),
            techniques: Vec::new(),
            finish: Finish::Polished,
            scale: Scale::Medium,
            seed: seed_of(id),
        },
        BoardRef::Trend { id } => ArtSpec::for_trend(c.trend(id)?),
        BoardRef::Sketch { motif, trend } => sketch(c, motif, trend)?.art(c.motif(motif)?.family),
    })
}

/// The drawing of a design, motif, trend or sketch, with its accessible name; nothing for an item the
/// catalogue no longer has.
#[component]
pub fn ItemArt(catalogue: Arc<Catalogue>, target: BoardRef) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let svg = move || {
        let lang = lang.get();
        let (Some(spec), Some(name)) = (
            spec(&catalogue, &target),
            item_name(&catalogue, &target, lang),
        ) else {
            return String::new();
        };
        let kind = match &target {
            BoardRef::Design { .. } => t_string!(i18n, kind_design),
            BoardRef::Motif { .. } => t_string!(i18n, kind_motif),
            BoardRef::Trend { .. } => t_string!(i18n, kind_trend),
            BoardRef::Sketch { .. } => t_string!(i18n, kind_sketch),
        };
        render_svg(
            &spec,
            &ArtText {
                title: &name,
                description: kind,
            },
        )
    };
    view! { <div class="art" inner_html=svg></div> }
}
